import { Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RoleLabel } from '../features/organizations/components/RoleLabel';
import { VerifiedBadge } from '../features/organizations/components/VerifiedBadge';
import { PageHeader } from '../ui/PageHeader';
import { PageLoader } from '../ui/PageLoader';
import { type Viewer, useViewer } from '../viewer/hooks/useViewer';

function Welcome() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t('common.home.welcomeTitle')} />
      <Text size="lg">{t('common.home.welcomeBody')}</Text>
      <Group>
        <Button component={Link} to="/sign-up">
          {t('common.nav.signUp')}
        </Button>
        <Button component={Link} to="/sign-in" variant="default">
          {t('common.nav.signIn')}
        </Button>
      </Group>
    </Stack>
  );
}

function Dashboard({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t('common.home.greeting', { name: viewer.user.displayName })} />
      <Card withBorder component="section" aria-labelledby="my-organizations">
        <Title order={2} size="h3" id="my-organizations" mb="sm">
          {t('common.home.myOrganizations')}
        </Title>
        {viewer.memberships.length === 0 ? (
          <Text>{t('common.home.noOrganizations')}</Text>
        ) : (
          <List spacing="xs" listStyleType="none" p={0}>
            {viewer.memberships.map((membership) => (
              <List.Item key={membership.id}>
                <Group gap="xs">
                  <Anchor component={Link} to={`/organizations/${membership.organization.id}`}>
                    {membership.organization.name}
                  </Anchor>
                  <Text span size="sm">
                    <RoleLabel role={membership.role} />
                  </Text>
                  <VerifiedBadge verified={membership.organization.verified} />
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <Group mt="md">
          <Button component={Link} to="/organizations" variant="default">
            {t('common.home.browseDirectory')}
          </Button>
          <Button component={Link} to="/organizations/new">
            {t('common.home.createOrganization')}
          </Button>
        </Group>
      </Card>
    </Stack>
  );
}

export function HomePage() {
  const { viewer, loading } = useViewer();
  if (loading) return <PageLoader />;
  return viewer ? <Dashboard viewer={viewer} /> : <Welcome />;
}
