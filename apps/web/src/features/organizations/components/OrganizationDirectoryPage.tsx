import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@ecw/domain';
import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
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

  const loadMore = () => {
    if (connection?.pageInfo.endCursor)
      void fetchMore({ variables: { after: connection.pageInfo.endCursor } });
  };

  return (
    <Stack>
      <PageHeader title={t('organizations.directory.title')}>
        <Button component={Link} to="/organizations/new">
          {t('organizations.create.title')}
        </Button>
      </PageHeader>
      <DirectoryFilters filter={filter} onChange={setFilter} />
      <ProblemAlert problem={readGraphQLProblem(error)} />
      {!connection && loading ? (
        <PageLoader />
      ) : connection ? (
        <>
          <Text role="status">{t('organizations.directory.count', { count: connection.totalCount })}</Text>
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('organizations.directory.listLabel')}
          >
            {connection.edges.map(({ node }) => (
              <DirectoryEntry key={node.id} organization={node} />
            ))}
          </Stack>
          <LoadMoreButton
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={loading}
            onLoadMore={loadMore}
          />
        </>
      ) : null}
    </Stack>
  );
}
