import { type Document } from '@hocuspocus/server';

/** The state vector of a client that has nothing yet (no client ids): what every opening client sends. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}

/**
 * Whether the document holds updates it cannot integrate yet (they lack what they build on). Yjs
 * emits no 'update' for them, but adds them to every encoded state, and the stored bytes may lack them.
 */
function hasPendingUpdates(document: Document): boolean {
  return document.store.pendingStructs !== null || document.store.pendingDs !== null;
}

/**
 * Lets a document just loaded from `state` answer a client that has nothing with `state` itself,
 * instead of encoding the whole document again for its sync step 2 (for a 200-page report, as long
 * as the rest of the open on the server). Until its first change the document is exactly `state`
 * applied to an empty document, so the stored bytes are that reply; from the first change on, and
 * for a client that already has part of the document, the reply is encoded as usual. Relies on the
 * patched `encodeStateAsUpdateFor` of @hocuspocus/server (patches/, ADR 0016).
 */
export function replyWithStoredStateUntilChanged(document: Document, state: Uint8Array): void {
  let unchanged: Uint8Array | null = state;
  const encode = document.encodeStateAsUpdateFor.bind(document);
  document.encodeStateAsUpdateFor = (stateVector) =>
    unchanged && isEmptyStateVector(stateVector) && !hasPendingUpdates(document)
      ? unchanged
      : encode(stateVector);
  // Yjs emits 'update' only for a transaction that changed the document.
  document.once('update', () => {
    unchanged = null;
  });
}
