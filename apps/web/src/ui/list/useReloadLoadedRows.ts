import { useCallback, useEffect, useRef } from 'react';
import { oneAtATime, reloadLoadedRows, type LoadedRows, type PageRead } from '../../apollo/pagination';

/** `reload()` after a live event; `reload({ toEnd: true })` after the reader added a row at the end. */
type ReloadLoadedRows = (options?: { toEnd?: boolean }) => void;

/**
 * A paginated list kept live: `reload()` reads it again as far as the reader has loaded it, and on to
 * its end when they had reached it (see {@link reloadLoadedRows}); `readPage` writes each page to the
 * cache. Calls while a reload runs fold into one more, so a burst of events is two reads, not one each.
 */
export function useReloadLoadedRows(
  rows: LoadedRows | null,
  pageSize: number,
  readPage: (first: number, after: string | null) => Promise<PageRead | null>,
): ReloadLoadedRows {
  const latest = useRef({ rows, pageSize, readPage });
  useEffect(() => {
    latest.current = { rows, pageSize, readPage };
  });
  const toEnd = useRef(false);
  const runner = useRef<(() => void) | null>(null);
  return useCallback((options?: { toEnd?: boolean }) => {
    if (options?.toEnd) toEnd.current = true;
    runner.current ??= oneAtATime(async () => {
      const { rows: current, pageSize: size, readPage: read } = latest.current;
      const reachedEnd = toEnd.current || (current?.reachedEnd ?? false);
      toEnd.current = false;
      await reloadLoadedRows({ loaded: current?.loaded ?? 0, reachedEnd }, size, read);
    });
    runner.current();
  }, []);
}
