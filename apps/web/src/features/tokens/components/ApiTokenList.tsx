import { useMutation, useQuery } from '@apollo/client/react';
import { Card, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { getFragmentData, graphql } from '../../../gql';
import type { ApiTokenList_ApiTokenFragment } from '../../../gql/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DateTimeText } from '../../../ui/DateTimeText';
import { DataTable, type DataColumn } from '../../../ui/list/DataTable';
import { ListState } from '../../../ui/list/ListState';
import { apiTokensQuery } from '../graphql/api-tokens.query';
import { revokeApiTokenMutation } from '../graphql/revoke-api-token.mutation';

/** A token's row; creating a token asks for the same fields, so the new row is complete. */
const ApiTokenListFragment = graphql(`
  fragment ApiTokenList_apiToken on ApiToken {
    id
    name
    createdAt
    lastUsedAt
  }
`);

type ApiToken = ApiTokenList_ApiTokenFragment;

export function ApiTokenList() {
  const { t } = useTranslation('tokens');
  const { data, loading, error } = useQuery(apiTokensQuery);
  const [revokeToken, revoking] = useMutation(revokeApiTokenMutation, {
    refetchQueries: [apiTokensQuery],
    awaitRefetchQueries: true,
  });
  const tokens = getFragmentData(ApiTokenListFragment, data?.apiTokens) ?? [];

  const columns: DataColumn<ApiToken>[] = [
    { key: 'name', header: t('tokens.list.name'), rowHeader: true, cell: (token) => token.name },
    {
      key: 'created',
      header: t('tokens.list.created'),
      cell: (token) => <DateTimeText value={token.createdAt} />,
    },
    {
      key: 'lastUsed',
      header: t('tokens.list.lastUsed'),
      cell: (token) =>
        token.lastUsedAt ? <DateTimeText value={token.lastUsedAt} /> : t('tokens.list.neverUsed'),
    },
    {
      key: 'actions',
      header: t('tokens.list.actions'),
      cell: (token) => (
        <ConfirmButton
          size="xs"
          aria-label={t('tokens.revoke.named', { name: token.name })}
          title={t('tokens.revoke.title')}
          message={t('tokens.revoke.message', { name: token.name })}
          confirmLabel={t('tokens.revoke.confirm')}
          loading={revoking.loading}
          onConfirm={() => settleMutation(revokeToken({ variables: { id: token.id } }))}
        >
          {t('tokens.revoke.button')}
        </ConfirmButton>
      ),
    },
  ];

  return (
    <Card withBorder component="section" aria-labelledby="token-list-heading" padding="lg">
      <Title order={2} size="h3" id="token-list-heading" mb="md">
        {t('tokens.list.title')}
      </Title>
      <ListState
        loaded={Boolean(data)}
        loading={loading}
        problem={readGraphQLProblem(error ?? revoking.error)}
        isEmpty={tokens.length === 0}
        emptyText={t('tokens.list.empty')}
      >
        <DataTable columns={columns} rows={tokens} rowKey={(token) => token.id} minWidth={560} />
      </ListState>
    </Card>
  );
}
