import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import { AccountErrorReason } from '@ecw/domain';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { SendEmailConfirmationButton } from '../../account/components/SendEmailConfirmationButton';
import { DateTimeText } from '../../../ui/DateTimeText';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import { viewerQuery } from '../../../viewer/graphql/viewer.query';
import { acceptReceivedInvitationMutation } from '../graphql/accept-received-invitation.mutation';
import { receivedInvitationsQuery } from '../graphql/received-invitations.query';
import { RoleLabel } from './RoleLabel';

function needsConfirmedEmail(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors[0]?.extensions?.['reason'] === AccountErrorReason.EMAIL_UNCONFIRMED
  );
}

/**
 * The invitations sent to the viewer's address: where an invitation notification leads. Notifications
 * carry no token, so accepting from here needs an address the viewer proved they own.
 */
export function ReceivedInvitationsPage() {
  const { t } = useTranslation('organizations');
  const navigate = useNavigate();
  const received = useQuery(receivedInvitationsQuery);
  const [accept, accepting] = useMutation(acceptReceivedInvitationMutation, {
    refetchQueries: [viewerQuery],
    awaitRefetchQueries: true,
  });

  const acceptOne = async (id: string) => {
    const result = await settleMutation(accept({ variables: { input: { id } } }));
    const membership = result?.data?.acceptReceivedInvitation;
    if (membership) await navigate(`/organizations/${membership.organization.id}`, { replace: true });
  };

  if (received.loading && !received.data) return <PageLoader />;
  const invitations = received.data?.receivedInvitations ?? [];
  return (
    <Stack maw={720}>
      <PageHeader title={t('organizations.received.title')} />
      <ProblemAlert problem={readGraphQLProblem(received.error)} />
      {invitations.length === 0 && <Text>{t('organizations.received.empty')}</Text>}
      {invitations.map((invitation) => (
        <Paper key={invitation.id} withBorder p="md">
          <Group justify="space-between">
            <Stack gap={4}>
              <Text fw={600}>{invitation.organizationName}</Text>
              <Text size="sm">
                <RoleLabel role={invitation.role} /> · {t('organizations.received.expires')}{' '}
                <DateTimeText value={invitation.expiresAt} />
              </Text>
            </Stack>
            <Button loading={accepting.loading} onClick={() => void acceptOne(invitation.id)}>
              {t('organizations.received.accept')}
            </Button>
          </Group>
        </Paper>
      ))}
      <ProblemAlert problem={readGraphQLProblem(accepting.error)} />
      {needsConfirmedEmail(accepting.error) && (
        <Alert color="indigo" variant="light">
          <Stack gap="xs">
            <Text>{t('organizations.received.confirmFirst')}</Text>
            <SendEmailConfirmationButton />
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
