import { CollabCloseReason } from '@ecw/domain';
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { ConnectionFacts } from './save-state';

/** Why the server last closed the document, in the words the editor explains it with. */
export type CloseNotice =
  'published' | 'accessChanged' | 'updateTooLarge' | 'documentTooLarge' | 'tooFast' | 'interrupted';

export interface ReviewConnection extends ConnectionFacts {
  provider: HocuspocusProvider | null;
  /** Whether the server lets this connection write; null until it has said so. */
  writable: boolean | null;
  /** The server refused the document (access removed, or never granted). */
  refused: boolean;
  /** Why the server last closed the document; null when it has not, or the cause has passed. */
  notice: CloseNotice | null;
  /** Local changes the server never stored were dropped when the document was read again. */
  discarded: boolean;
}

const CLOSED: ReviewConnection = {
  provider: null,
  status: 'connecting',
  synced: false,
  unsynced: 0,
  everSynced: false,
  writable: null,
  refused: false,
  notice: null,
  discarded: false,
};

const STATUS: Record<WebSocketStatus, ConnectionFacts['status']> = {
  [WebSocketStatus.Connecting]: 'connecting',
  [WebSocketStatus.Connected]: 'connected',
  [WebSocketStatus.Disconnected]: 'disconnected',
};

const NOTICES: Partial<Record<string, CloseNotice>> = {
  [CollabCloseReason.PUBLISHED]: 'published',
  [CollabCloseReason.ACCESS_CHANGED]: 'accessChanged',
  [CollabCloseReason.UPDATE_TOO_LARGE]: 'updateTooLarge',
  [CollabCloseReason.DOCUMENT_TOO_LARGE]: 'documentTooLarge',
  [CollabCloseReason.TOO_FAST]: 'tooFast',
};

/**
 * After these the same local changes would be refused again (no write access any more, or too
 * large), so the document is read afresh from the server. After the others (too fast, a failed
 * write) the same document is re-sent and the server stores what it missed.
 */
const READ_AGAIN: ReadonlySet<CloseNotice> = new Set([
  'published',
  'accessChanged',
  'updateTooLarge',
  'documentTooLarge',
]);

/** Closes that pass once the re-opened connection has stored everything. */
const PASSING: ReadonlySet<CloseNotice> = new Set(['tooFast', 'interrupted']);

/** A server that keeps failing the same write is asked again at most this often. */
const MAX_REOPEN_DELAY_MS = 30_000;

/**
 * One report's connection as an external store for `useSyncExternalStore`: the Hocuspocus
 * provider opens with the first subscriber and is destroyed with the last, so a page that
 * leaves the report (or React's double mount in development) never leaves a socket behind.
 *
 * When the server closes the document but not the socket (access changed, publication, a message
 * refused, a failed write), Hocuspocus waits for the client to authenticate again, which the
 * provider never does: the session replaces it with a fresh provider, so the editor continues
 * with the rights the person has now (`documentClosed`).
 */
export class ReviewSession {
  private state = CLOSED;
  private readonly listeners = new Set<() => void>();
  /** Document closes since everything was last stored: spaces re-opening out. */
  private closesInARow = 0;
  private connecting: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly documentName: string,
    /** The /collab endpoint (`collabSocketUrl`). */
    private readonly url: string,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.set({ ...this.state, provider: this.open(new Y.Doc(), 0) });
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.close();
    };
  };

  readonly snapshot = (): ReviewConnection => this.state;

  /**
   * A provider on the document, connected after `delay`. It exists at once so that it counts (and
   * later sends) every edit made meanwhile; the socket is its own so the delay can hold it back.
   */
  private open(document: Y.Doc, delay: number): HocuspocusProvider {
    // Events of a provider already replaced must not overwrite what its successor reports.
    const update = (change: Partial<ReviewConnection>) => {
      if (this.state.provider === provider) this.set({ ...this.state, ...change });
    };
    // Signed in by the session cookie the browser sends with the upgrade request (same origin).
    const socket = new HocuspocusProviderWebsocket({ url: this.url, autoConnect: false });
    const provider: HocuspocusProvider = new HocuspocusProvider({
      websocketProvider: socket,
      name: this.documentName,
      document,
      onStatus: ({ status }) => update({ status: STATUS[status] }),
      onSynced: () => update({ synced: true, everSynced: true }),
      onUnsyncedChanges: ({ number }) => {
        update({ unsynced: number });
        if (number === 0 && provider.synced && this.state.provider === provider) this.stored();
      },
      onAuthenticated: ({ scope }) => update({ writable: scope === 'read-write', refused: false }),
      onAuthenticationFailed: () => update({ refused: true }),
      onClose: ({ event }) => {
        // The socket's own close has already marked it disconnected (the provider then reconnects
        // and authenticates by itself); still connected means the server closed only this document.
        const documentOnly = socket.status === WebSocketStatus.Connected;
        if (documentOnly && this.state.provider === provider) this.documentClosed(provider, event.reason);
      },
    });
    provider.attach();
    this.connecting = setTimeout(() => {
      this.connecting = null;
      void socket.connect();
    }, delay);
    return provider;
  }

  /**
   * The reason shown, and a fresh provider, connected after a delay that grows while the server
   * keeps closing. Where the document is read again, nothing is editable until the server has said
   * what this person may now do; where it is re-sent, editing goes on as offline.
   */
  private documentClosed(closed: HocuspocusProvider, reason: string): void {
    const notice = NOTICES[reason] ?? 'interrupted';
    const readAgain = READ_AGAIN.has(notice);
    destroy(closed);
    const delay =
      this.closesInARow === 0 ? 0 : Math.min(1000 * 2 ** (this.closesInARow - 1), MAX_REOPEN_DELAY_MS);
    this.closesInARow += 1;
    const provider = this.open(readAgain ? new Y.Doc() : closed.document, delay);
    this.set({
      provider,
      status: 'connecting',
      synced: false,
      // Re-sent changes are still unsaved; dropped ones are no longer anyone's to save.
      unsynced: readAgain ? 0 : this.state.unsynced,
      everSynced: readAgain ? false : this.state.everSynced,
      writable: readAgain ? null : this.state.writable,
      refused: false,
      notice,
      discarded: readAgain && this.state.unsynced > 0,
    });
  }

  private stored(): void {
    this.closesInARow = 0;
    const { notice } = this.state;
    if (notice && PASSING.has(notice)) this.set({ ...this.state, notice: null });
  }

  private close(): void {
    if (this.connecting) clearTimeout(this.connecting);
    this.connecting = null;
    if (this.state.provider) destroy(this.state.provider);
    this.state = CLOSED;
    this.closesInARow = 0;
  }

  private set(next: ReviewConnection): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

/** The provider, then the socket it was given (a provider destroys only a socket it made itself). */
function destroy(provider: HocuspocusProvider): void {
  provider.destroy();
  provider.configuration.websocketProvider.destroy();
}
