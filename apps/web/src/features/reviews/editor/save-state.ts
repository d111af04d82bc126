/** What the editor knows about its connection, as the Hocuspocus provider reports it. */
export interface ConnectionFacts {
  /** The socket's state: `connecting`, `connected` or `disconnected`. */
  status: 'connecting' | 'connected' | 'disconnected';
  /** The first exchange with the server is done: the document on screen is the server's. */
  synced: boolean;
  /** Local updates the server has not acknowledged yet (it acknowledges only once they are stored). */
  unsynced: number;
  /** Synced at least once: a later `connecting` is the provider retrying, i.e. offline. */
  everSynced: boolean;
}

/** What the save indicator says. */
export type SaveState = 'connecting' | 'saving' | 'saved' | 'offline';

/**
 * "Saved" only when the server has acknowledged every local update: it acknowledges an update
 * after writing it to PostgreSQL, so "Saved" means the edit survives a server crash. Offline,
 * the edits stay in the page's document and are sent on reconnect.
 */
export function saveStateOf({ status, synced, unsynced, everSynced }: ConnectionFacts): SaveState {
  if (status === 'disconnected' || (status === 'connecting' && everSynced)) return 'offline';
  if (unsynced > 0) return 'saving';
  if (status === 'connecting' || !synced) return 'connecting';
  return 'saved';
}
