import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { useCountryNames } from '../hooks/useCountryNames';
import { KindLabel } from './KindLabel';
import { VerifiedBadge } from './VerifiedBadge';
import { VerifyOrganizationButton } from './VerifyOrganizationButton';

const DirectoryEntryFragment = graphql(`
  fragment DirectoryEntry_organization on Organization {
    id
    name
    kind
    countryCodes
    verified
  }
`);

export function DirectoryEntry(props: { organization: FragmentType<typeof DirectoryEntryFragment> }) {
  const organization = getFragmentData(DirectoryEntryFragment, props.organization);
  const { i18n } = useTranslation('organizations');
  const { nameOf } = useCountryNames();
  const countries = new Intl.ListFormat(i18n.resolvedLanguage ?? i18n.language, {
    style: 'short',
    type: 'conjunction',
  }).format(organization.countryCodes.map(nameOf));

  return (
    <Paper component="li" withBorder p="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Anchor component={Link} to={`/organizations/${organization.id}`} fw={600} size="lg">
              {organization.name}
            </Anchor>
            <VerifiedBadge verified={organization.verified} />
          </Group>
          <Text size="sm">
            <KindLabel kind={organization.kind} />
            {countries && ` · ${countries}`}
          </Text>
        </Stack>
        <VerifyOrganizationButton
          organizationId={organization.id}
          organizationName={organization.name}
          verified={organization.verified}
        />
      </Group>
    </Paper>
  );
}
