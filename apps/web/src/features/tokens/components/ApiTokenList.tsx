import { useMutation, useQuery } from '@apollo/client/react';
import { Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DateTimeText } from '../../../ui/DateTimeText';
import { PageLoader } from '../../../ui/PageLoader';
import { apiTokensQuery } from '../graphql/api-tokens.query';
import { revokeApiTokenMutation } from '../graphql/revoke-api-token.mutation';

export function ApiTokenList() {
  const { t } = useTranslation('tokens');
  const { data, loading, error } = useQuery(apiTokensQuery);
  const [revokeToken, revoking] = useMutation(revokeApiTokenMutation, {
    refetchQueries: [apiTokensQuery],
    awaitRefetchQueries: true,
  });
  const tokens = data?.apiTokens ?? [];

  return (
    <Card withBorder component="section" aria-labelledby="token-list-heading" padding="lg">
      <Title order={2} size="h3" id="token-list-heading" mb="md">
        {t('tokens.list.title')}
      </Title>
      <ProblemAlert problem={readGraphQLProblem(error ?? revoking.error)} />
      {loading && !data ? (
        <PageLoader />
      ) : tokens.length === 0 ? (
        <Text>{t('tokens.list.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('tokens.list.name')}</Table.Th>
                <Table.Th scope="col">{t('tokens.list.created')}</Table.Th>
                <Table.Th scope="col">{t('tokens.list.lastUsed')}</Table.Th>
                <Table.Th scope="col">{t('tokens.list.expires')}</Table.Th>
                <Table.Th scope="col">{t('tokens.list.scope')}</Table.Th>
                <Table.Th scope="col">{t('tokens.list.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Th scope="row" fw={500}>
                    {token.name}
                  </Table.Th>
                  <Table.Td>
                    <DateTimeText value={token.createdAt} />
                  </Table.Td>
                  <Table.Td>
                    {token.lastUsedAt ? (
                      <DateTimeText value={token.lastUsedAt} />
                    ) : (
                      t('tokens.list.neverUsed')
                    )}
                  </Table.Td>
                  <Table.Td>
                    {token.expiresAt ? (
                      <DateTimeText value={token.expiresAt} />
                    ) : (
                      t('tokens.list.neverExpires')
                    )}
                  </Table.Td>
                  <Table.Td>
                    {token.readOnly ? t('tokens.list.readOnly') : t('tokens.list.readWrite')}
                  </Table.Td>
                  <Table.Td>
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
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
