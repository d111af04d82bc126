import { Button, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
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
  /** The rows on screen and the connection's `totalCount`: said under the list while it has pages. */
  count?: { shown: number; total: number };
}

/**
 * "Load more" under a keyset-paginated list; gone once the last page is there. The button is not
 * disabled while a page loads (a disabled button loses the keyboard focus), and when the last page
 * takes it away, the focus moves to the line that says so instead of falling back to the page's top.
 */
export function LoadMoreButton({ pageInfo, loading, fetchMore, count }: LoadMoreButtonProps) {
  const { t } = useTranslation();
  const { hasNextPage, endCursor } = getFragmentData(LoadMoreButtonFragment, pageInfo);
  const [fetching, setFetching] = useState(false);
  // Once the reader has asked for a page, the list has had pages: the closing line may take the button's place.
  const [askedForMore, setAskedForMore] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const note = useRef<HTMLParagraphElement>(null);
  const focusNoteAtEnd = useRef(false);
  const more = hasNextPage && endCursor !== null;
  const busy = loading || fetching;

  useEffect(() => {
    if (more || !focusNoteAtEnd.current) return;
    focusNoteAtEnd.current = false;
    // Only when the focus went down with the button, never away from where the reader has moved it.
    const active = document.activeElement;
    if (active === null || active === document.body) note.current?.focus();
  }, [more]);

  const load = async (after: string) => {
    if (busy) return;
    focusNoteAtEnd.current = document.activeElement === button.current;
    setAskedForMore(true);
    setFetching(true);
    try {
      await fetchMore({ variables: { after } });
    } catch {
      // A failed page shows in the query's own error state.
    } finally {
      setFetching(false);
    }
  };

  const said = count
    ? t('common.pagination.shown', { shown: count.shown, total: count.total })
    : t('common.pagination.end');
  const showNote = count ? more || askedForMore : !more && askedForMore;
  if (!more && !showNote) return null;
  return (
    <Stack align="center" gap="xs" mt="md">
      {showNote && (
        <Text ref={note} tabIndex={-1} role="status" size="sm" c="dimmed">
          {said}
        </Text>
      )}
      {more && (
        <Button
          ref={button}
          variant="default"
          aria-disabled={busy || undefined}
          leftSection={busy ? <Loader size="xs" /> : undefined}
          onClick={() => void load(endCursor)}
        >
          {t('common.pagination.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
