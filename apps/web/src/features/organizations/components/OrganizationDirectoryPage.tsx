import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@ecw/domain';
import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { PageHeader } from '../../../ui/PageHeader';
import { ItemList } from '../../../ui/list/ItemList';
import { ListState } from '../../../ui/list/ListState';
import { LoadMoreButton } from '../../../ui/list/LoadMoreButton';
import { organizationDirectoryQuery } from '../graphql/organization-directory.query';
import { toOrganizationFilter, useDirectoryFilter } from '../hooks/useDirectoryFilter';
import { DirectoryFilters } from './DirectoryFilters';
import { DirectoryEntry } from './DirectoryEntry';

export function OrganizationDirectoryPage() {
  const { t } = useTranslation('organizations');
  const [filter, setFilter] = useDirectoryFilter();
  const { data, loading, error, fetchMore } = useQuery(organizationDirectoryQuery, {
    variables: { first: LIMITS.pageSizeDefault, filter: toOrganizationFilter(filter) },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.organizations;

  return (
    <Stack>
      <PageHeader title={t('organizations.directory.title')}>
        <Button component={Link} to="/organizations/new">
          {t('organizations.create.title')}
        </Button>
      </PageHeader>
      <DirectoryFilters filter={filter} onChange={setFilter} />
      {/* The count says "no organisations" itself, so an empty list needs no sentence of its own. */}
      <ListState
        loaded={Boolean(connection)}
        loading={loading}
        problem={readGraphQLProblem(error)}
        isEmpty={false}
      >
        {connection && (
          <>
            <Text role="status">{t('organizations.directory.count', { count: connection.totalCount })}</Text>
            <ItemList label={t('organizations.directory.listLabel')}>
              {connection.edges.map(({ node }) => (
                <DirectoryEntry key={node.id} organization={node} />
              ))}
            </ItemList>
            <LoadMoreButton pageInfo={connection.pageInfo} loading={loading} fetchMore={fetchMore} />
          </>
        )}
      </ListState>
    </Stack>
  );
}
