import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DateTimeText } from '../../../ui/DateTimeText';
import { PageLoader } from '../../../ui/PageLoader';
import { revokeSessionMutation } from '../graphql/revoke-session.mutation';
import { sessionsQuery } from '../graphql/sessions.query';

export function SessionsList() {
  const { t } = useTranslation('account');
  const { data, loading, error } = useQuery(sessionsQuery, { fetchPolicy: 'cache-and-network' });
  const [revokeSession, revoking] = useMutation(revokeSessionMutation, {
    refetchQueries: [sessionsQuery],
    awaitRefetchQueries: true,
  });

  if (loading && !data) return <PageLoader />;
  const sessions = data?.sessions ?? [];

  return (
    <>
      <Text mb="sm">{t('account.sessions.intro')}</Text>
      <ProblemAlert problem={readGraphQLProblem(error ?? revoking.error)} />
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('account.sessions.device')}</Table.Th>
              <Table.Th scope="col">{t('account.sessions.signedIn')}</Table.Th>
              <Table.Th scope="col">{t('account.sessions.lastSeen')}</Table.Th>
              <Table.Th scope="col">{t('account.sessions.expires')}</Table.Th>
              <Table.Th scope="col">{t('account.sessions.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((session) => {
              const device = session.userAgent ?? t('account.sessions.unknownDevice');
              return (
                <Table.Tr key={session.id}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" lineClamp={2} dir="ltr" title={device}>
                        {device}
                      </Text>
                      {session.current && (
                        <Badge color="indigo" variant="light">
                          {t('account.sessions.current')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <DateTimeText value={session.createdAt} />
                  </Table.Td>
                  <Table.Td>
                    <DateTimeText value={session.lastSeenAt} />
                  </Table.Td>
                  <Table.Td>
                    <DateTimeText value={session.expiresAt} />
                  </Table.Td>
                  <Table.Td>
                    {!session.current && (
                      <ConfirmButton
                        size="xs"
                        aria-label={t('account.sessions.revokeNamed', { device })}
                        title={t('account.sessions.revokeTitle')}
                        message={t('account.sessions.revokeMessage', { device })}
                        confirmLabel={t('account.sessions.revoke')}
                        loading={revoking.loading}
                        onConfirm={() =>
                          settleMutation(revokeSession({ variables: { input: { id: session.id } } }))
                        }
                      >
                        {t('account.sessions.revoke')}
                      </ConfirmButton>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
