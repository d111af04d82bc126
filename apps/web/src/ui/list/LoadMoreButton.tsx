import { Button, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

/** Spread in every paginated query: `pageInfo { ...LoadMoreButton_pageInfo }`. */
export const LoadMoreButtonFragment = graphql(`
  fragment LoadMoreButton_pageInfo on PageInfo {
    hasNextPage
    endCursor
  }
`);

interface LoadMoreButtonProps {
  pageInfo: FragmentType<typeof LoadMoreButtonFragment>;
  loading: boolean;
  /** The query's `fetchMore`: the cache policy (`relayStylePagination`) appends the page. */
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>;
}

/** "Load more" under a keyset-paginated list; gone once the last page is there. */
export function LoadMoreButton({ pageInfo, loading, fetchMore }: LoadMoreButtonProps) {
  const { t } = useTranslation();
  const { hasNextPage, endCursor } = getFragmentData(LoadMoreButtonFragment, pageInfo);
  if (!hasNextPage || !endCursor) return null;
  return (
    <Center mt="md">
      <Button
        variant="default"
        loading={loading}
        // A failed page shows in the query's own error state.
        onClick={() => void fetchMore({ variables: { after: endCursor } }).catch(() => undefined)}
      >
        {t('common.pagination.loadMore')}
      </Button>
    </Center>
  );
}
