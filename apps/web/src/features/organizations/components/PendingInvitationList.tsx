import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DateTimeText } from '../../../ui/DateTimeText';
import { PageLoader } from '../../../ui/PageLoader';
import { pendingInvitationsQuery } from '../graphql/pending-invitations.query';
import { revokeInvitationMutation } from '../graphql/revoke-invitation.mutation';
import { RoleLabel } from './RoleLabel';

export function PendingInvitationList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('organizations');
  const { data, loading, error } = useQuery(pendingInvitationsQuery, {
    variables: { organizationId },
    fetchPolicy: 'cache-and-network',
  });
  const [revoke, revoking] = useMutation(revokeInvitationMutation, {
    refetchQueries: [pendingInvitationsQuery],
    awaitRefetchQueries: true,
  });
  const invitations = data?.pendingInvitations ?? [];

  return (
    <Stack component="section" aria-labelledby="pending-heading">
      <Title order={2} size="h3" id="pending-heading">
        {t('organizations.pending.title')}
      </Title>
      <ProblemAlert problem={readGraphQLProblem(error ?? revoking.error)} />
      {loading && !data ? (
        <PageLoader />
      ) : invitations.length === 0 ? (
        <Text>{t('organizations.pending.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organizations.pending.email')}</Table.Th>
                <Table.Th scope="col">{t('organizations.pending.role')}</Table.Th>
                <Table.Th scope="col">{t('organizations.pending.sent')}</Table.Th>
                <Table.Th scope="col">{t('organizations.pending.expires')}</Table.Th>
                <Table.Th scope="col">{t('organizations.pending.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Th scope="row" fw={500} dir="ltr">
                    {invitation.email}
                  </Table.Th>
                  <Table.Td>
                    <RoleLabel role={invitation.role} />
                  </Table.Td>
                  <Table.Td>
                    <DateTimeText value={invitation.createdAt} />
                  </Table.Td>
                  <Table.Td>
                    <DateTimeText value={invitation.expiresAt} />
                  </Table.Td>
                  <Table.Td>
                    <ConfirmButton
                      size="xs"
                      aria-label={t('organizations.pending.revokeNamed', { email: invitation.email })}
                      title={t('organizations.pending.revokeTitle')}
                      message={t('organizations.pending.revokeMessage', { email: invitation.email })}
                      confirmLabel={t('organizations.pending.revoke')}
                      loading={revoking.loading}
                      onConfirm={() =>
                        settleMutation(revoke({ variables: { input: { id: invitation.id } } }))
                      }
                    >
                      {t('organizations.pending.revoke')}
                    </ConfirmButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
