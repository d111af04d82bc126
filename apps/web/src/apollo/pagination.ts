import { isReference, type FieldPolicy } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { LIMITS } from '@ecw/domain';

type KeyArgs = FieldPolicy['keyArgs'];

/**
 * Apollo's `relayStylePagination` (a page with `after` is appended after that cursor, a page without
 * it replaces the list), listing each row once: a page asked for just before the list was read again
 * under it (a live event's reload) can arrive when its `after` cursor is no longer listed, and Apollo
 * then appends the whole page, rows already on screen included.
 */
export function connectionPagination(keyArgs?: KeyArgs): FieldPolicy {
  const relay = relayStylePagination(keyArgs);
  const merge = relay.merge;
  if (typeof merge !== 'function') throw new Error('relayStylePagination has no merge function');
  return {
    ...relay,
    merge(existing, incoming, options) {
      const merged = merge(existing, incoming, options);
      if (!merged) return merged;
      const seen = new Set<string>();
      const edges = merged.edges.filter((edge) => {
        const node = options.readField('node', edge);
        if (!isReference(node)) return true;
        if (seen.has(node.__ref)) return false;
        seen.add(node.__ref);
        return true;
      });
      return edges.length === merged.edges.length ? merged : { ...merged, edges };
    },
  };
}

/** What the reader has of a list: the rows on screen, and whether the last of them ends the list. */
export interface LoadedRows {
  loaded: number;
  reachedEnd: boolean;
}

/** A page of the list: what its connection's `pageInfo` says. */
export interface PageRead {
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * Reads a keyset-paginated list again from its start, as far as the reader had loaded it, for a live
 * event: `readPage` writes each page to the cache, where the first replaces the list and the next are
 * appended (the field's {@link connectionPagination}), so every row on screen is fresh and nothing the
 * reader loaded falls back to the first page. A reader who had reached the end reads on to the new
 * end, where a row added since appears. Pages hold at most the API's largest page.
 */
export async function reloadLoadedRows(
  rows: LoadedRows,
  pageSize: number,
  readPage: (first: number, after: string | null) => Promise<PageRead | null>,
): Promise<void> {
  let remaining = rows.reachedEnd ? Number.POSITIVE_INFINITY : Math.max(rows.loaded, pageSize);
  let after: string | null = null;
  for (;;) {
    const first = Math.min(remaining, LIMITS.pageSizeMax);
    const page = await readPage(first, after);
    remaining -= first;
    if (!page?.hasNextPage || page.endCursor === null || remaining <= 0) return;
    after = page.endCursor;
  }
}

/**
 * Runs `task` once at a time: a call while it runs asks for exactly one more run after it (a burst
 * of events is one reload, plus one for what arrived during it). Failures are the task's own to show.
 */
export function oneAtATime(task: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    task()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) run();
      });
  };
  return run;
}
