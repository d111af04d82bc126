import { Button, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface LoadMoreButtonProps {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  loading: boolean;
  /** The query's `fetchMore`: the cache policy (`relayStylePagination`) appends the page. */
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>;
}

/** "Load more" under a keyset-paginated list; gone once the last page is there. */
export function LoadMoreButton({ pageInfo, loading, fetchMore }: LoadMoreButtonProps) {
  const { t } = useTranslation();
  const { hasNextPage, endCursor } = pageInfo;
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
