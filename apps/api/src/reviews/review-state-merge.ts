import * as Y from 'yjs';

/** The Yjs state of an empty document. */
export const EMPTY_STATE = new Uint8Array([0, 0]);

/**
 * Stored parts (the snapshot, then the log in order) as one update. Applied to a scratch document in
 * one transaction and encoded again, hundreds of keystroke-sized updates merge an order of magnitude
 * faster than with Y.mergeUpdates (which, on the event loop, stalled every editor of the report for
 * 100 ms at each compaction), into a smaller state: adjacent items join and deleted text is
 * collected, as the live document collects it. A lone part is already such a state.
 * `MERGE_IN_WORKER_SOURCE` (review-state-merge-worker.ts) does the same off the event loop.
 */
export function mergedState(parts: readonly Uint8Array[]): Uint8Array {
  const [first] = parts;
  if (!first) return EMPTY_STATE;
  if (parts.length === 1) return first;
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const part of parts) Y.applyUpdate(doc, part);
  });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
