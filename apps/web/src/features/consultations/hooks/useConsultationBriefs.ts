import { useApolloClient, useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import type { BriefFilter } from '../../../gql/graphql';
import { LoadMoreButtonFragment } from '../../../ui/list/LoadMoreButton';
import { useReloadLoadedRows } from '../../../ui/list/useReloadLoadedRows';
import { consultationBriefsQuery } from '../graphql/consultation-briefs.query';

const BRIEFS_PAGE_SIZE = 20;

/**
 * The consultation page's briefs under the reader's filter, a page at a time: each filter is its own
 * list in the cache (`Consultation.briefs`), read from its first page when chosen, and `fetchMore`
 * appends the next. `reload` is for live events: it reads again every brief the reader has loaded (a
 * status changed, one was withdrawn) and, if they had them all, the ones submitted since.
 */
export function useConsultationBriefs(consultationId: string, filter: BriefFilter | null) {
  const client = useApolloClient();
  const query = useQuery(consultationBriefsQuery, {
    variables: { id: consultationId, filter, first: BRIEFS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
    errorPolicy: 'all',
  });
  const connection = query.data?.consultation?.briefs;
  const pageInfo = connection ? getFragmentData(LoadMoreButtonFragment, connection.pageInfo) : null;
  const reload = useReloadLoadedRows(
    connection && pageInfo ? { loaded: connection.edges.length, reachedEnd: !pageInfo.hasNextPage } : null,
    BRIEFS_PAGE_SIZE,
    async (first, after) => {
      const { data } = await client.query({
        query: consultationBriefsQuery,
        variables: { id: consultationId, filter, first, after },
        fetchPolicy: 'network-only',
      });
      const briefs = data?.consultation?.briefs;
      return briefs ? getFragmentData(LoadMoreButtonFragment, briefs.pageInfo) : null;
    },
  );
  const { data, previousData, loading, error, fetchMore } = query;
  return { data, previousData, loading, error, fetchMore, reload };
}
