import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import {
  acceptRelationshipMutation,
  endRelationshipMutation,
} from '../graphql/relationship-decision.mutation';
import { relationshipsQuery } from '../graphql/relationships.query';
import { CalendarFeedPanel } from './CalendarFeedPanel';
import { ProposeRelationshipForm } from './ProposeRelationshipForm';

const DECIDERS = new Set(['OWNER', 'ADMIN']);

/** An organisation's bilateral channels: propose one, accept what others proposed, end one. */
export function RelationshipsPage() {
  const { t } = useTranslation('planning');
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(relationshipsQuery, {
    variables: { organizationId },
    fetchPolicy: 'cache-and-network',
  });
  const [accept, accepting] = useMutation(acceptRelationshipMutation);
  const [end, ending] = useMutation(endRelationshipMutation);
  if (!data && loading) return <PageLoader />;
  const organization = data?.organization;
  const canDecide = DECIDERS.has(organization?.viewerRole ?? '');

  return (
    <Stack>
      <PageHeader title={t('planning.relationships.title', { organization: organization?.name ?? '' })} />
      <ProblemAlert problem={readGraphQLProblem(error ?? accepting.error ?? ending.error)} />
      {data?.relationships.length === 0 && <Text>{t('planning.relationships.empty')}</Text>}
      {data?.relationships.map((relationship) => {
        const counterpart = relationship.organizations.find((o) => o.id !== organizationId);
        const proposedToUs = relationship.requestedBy.id !== organizationId;
        return (
          <Card key={relationship.id} withBorder component="article" data-testid="relationship-entry">
            <Group justify="space-between" wrap="wrap">
              <Stack gap={2}>
                <Anchor component={Link} to={`/relationships/${relationship.id}`} fw={600}>
                  {counterpart?.name}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {relationship.election
                    ? t('planning.relationships.forElection', { election: relationship.election.name })
                    : t('planning.relationships.noElection')}
                  {' · '}
                  {proposedToUs
                    ? t('planning.relationships.proposedToUs')
                    : t('planning.relationships.proposedByUs')}
                </Text>
              </Stack>
              <Group gap="xs">
                <Badge>{t(`planning.status.${relationship.status}`)}</Badge>
                {canDecide && relationship.status === 'PENDING' && proposedToUs && (
                  <Button
                    size="xs"
                    loading={accepting.loading}
                    onClick={() => void settleMutation(accept({ variables: { id: relationship.id } }))}
                  >
                    {t('planning.registry.accept')}
                  </Button>
                )}
                {canDecide && relationship.status !== 'ENDED' && (
                  <ConfirmButton
                    size="xs"
                    aria-label={t('planning.relationships.endWith', {
                      organization: counterpart?.name ?? '',
                    })}
                    title={t('planning.registry.endTitle')}
                    message={t('planning.registry.endMessage')}
                    confirmLabel={t('planning.registry.endConfirm')}
                    loading={ending.loading}
                    onConfirm={() => settleMutation(end({ variables: { id: relationship.id } }))}
                  >
                    {t('planning.registry.end')}
                  </ConfirmButton>
                )}
              </Group>
            </Group>
          </Card>
        );
      })}
      {organization?.viewerRole && <CalendarFeedPanel scope={{ organizationId }} />}
      {canDecide && (
        <ProposeRelationshipForm organizationId={organizationId} onProposed={() => void refetch()} />
      )}
    </Stack>
  );
}
