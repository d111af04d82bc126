import { useApolloClient, useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import { LoadMoreButtonFragment } from '../../../ui/list/LoadMoreButton';
import { useReloadLoadedRows } from '../../../ui/list/useReloadLoadedRows';
import { briefCommentsQuery } from '../graphql/brief-comments.query';

const COMMENTS_PAGE_SIZE = 50;

/**
 * A brief's comments, a page at a time (`ContextBrief.comments` appends them in the cache). `reload`
 * is for a comment event: it reads again the comments the reader has loaded and, if they had them all,
 * the new ones at the end; `reload({ toEnd: true })` reads to the end for the reader's own comment.
 */
export function useBriefComments(briefId: string) {
  const client = useApolloClient();
  const { data, loading, error, fetchMore } = useQuery(briefCommentsQuery, {
    variables: { id: briefId, first: COMMENTS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    errorPolicy: 'all',
  });
  const connection = data?.contextBrief?.comments;
  const pageInfo = connection ? getFragmentData(LoadMoreButtonFragment, connection.pageInfo) : null;
  const reload = useReloadLoadedRows(
    connection && pageInfo ? { loaded: connection.edges.length, reachedEnd: !pageInfo.hasNextPage } : null,
    COMMENTS_PAGE_SIZE,
    async (first, after) => {
      const result = await client.query({
        query: briefCommentsQuery,
        variables: { id: briefId, first, after },
        fetchPolicy: 'network-only',
      });
      const comments = result.data?.contextBrief?.comments;
      return comments ? getFragmentData(LoadMoreButtonFragment, comments.pageInfo) : null;
    },
  );
  return { connection, loading, error, fetchMore, reload };
}
