import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { getFragmentData, graphql } from '../../../gql';
import type { SessionsList_SessionFragment } from '../../../gql/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DateTimeText } from '../../../ui/DateTimeText';
import { DataTable, type DataColumn } from '../../../ui/list/DataTable';
import { ListState } from '../../../ui/list/ListState';
import { revokeSessionMutation } from '../graphql/revoke-session.mutation';
import { sessionsQuery } from '../graphql/sessions.query';
import { useSudo } from '../../../sudo/sudo-context';

const SessionsListFragment = graphql(`
  fragment SessionsList_session on Session {
    id
    createdAt
    lastSeenAt
    expiresAt
    userAgent
    current
  }
`);

type Session = SessionsList_SessionFragment;

export function SessionsList() {
  const { t } = useTranslation('account');
  const withSudo = useSudo();
  const { data, loading, error } = useQuery(sessionsQuery, { fetchPolicy: 'cache-and-network' });
  const [revokeSession, revoking] = useMutation(revokeSessionMutation, {
    refetchQueries: [sessionsQuery],
    awaitRefetchQueries: true,
  });
  const sessions = getFragmentData(SessionsListFragment, data?.sessions) ?? [];
  const deviceOf = (session: Session) => session.userAgent ?? t('account.sessions.unknownDevice');

  const columns: DataColumn<Session>[] = [
    {
      key: 'device',
      header: t('account.sessions.device'),
      cell: (session) => (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" lineClamp={2} dir="ltr" title={deviceOf(session)}>
            {deviceOf(session)}
          </Text>
          {session.current && (
            <Badge color="indigo" variant="light">
              {t('account.sessions.current')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'signedIn',
      header: t('account.sessions.signedIn'),
      cell: (session) => <DateTimeText value={session.createdAt} />,
    },
    {
      key: 'lastSeen',
      header: t('account.sessions.lastSeen'),
      cell: (session) => <DateTimeText value={session.lastSeenAt} />,
    },
    {
      key: 'expires',
      header: t('account.sessions.expires'),
      cell: (session) => <DateTimeText value={session.expiresAt} />,
    },
    {
      key: 'actions',
      header: t('account.sessions.actions'),
      cell: (session) =>
        !session.current && (
          <ConfirmButton
            size="xs"
            aria-label={t('account.sessions.revokeNamed', { device: deviceOf(session) })}
            title={t('account.sessions.revokeTitle')}
            message={t('account.sessions.revokeMessage', { device: deviceOf(session) })}
            confirmLabel={t('account.sessions.revoke')}
            loading={revoking.loading}
            onConfirm={() =>
              settleMutation(withSudo(() => revokeSession({ variables: { input: { id: session.id } } })))
            }
          >
            {t('account.sessions.revoke')}
          </ConfirmButton>
        ),
    },
  ];

  return (
    <>
      <Text mb="sm">{t('account.sessions.intro')}</Text>
      <ListState
        loaded={Boolean(data)}
        loading={loading}
        problem={readGraphQLProblem(error ?? revoking.error)}
        isEmpty={sessions.length === 0}
      >
        <DataTable columns={columns} rows={sessions} rowKey={(session) => session.id} minWidth={640} />
      </ListState>
    </>
  );
}
