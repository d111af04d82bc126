import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import type { ConnectionFacts } from './save-state';

export interface ReviewConnection extends ConnectionFacts {
  provider: HocuspocusProvider | null;
  /** Whether the server lets this connection write; null until it has said so. */
  writable: boolean | null;
  /** The server refused the document (access removed, or never granted). */
  refused: boolean;
}

const CLOSED: ReviewConnection = {
  provider: null,
  status: 'connecting',
  synced: false,
  unsynced: 0,
  everSynced: false,
  writable: null,
  refused: false,
};

const STATUS: Record<WebSocketStatus, ConnectionFacts['status']> = {
  [WebSocketStatus.Connecting]: 'connecting',
  [WebSocketStatus.Connected]: 'connected',
  [WebSocketStatus.Disconnected]: 'disconnected',
};

/**
 * One report's connection as an external store for `useSyncExternalStore`: the Hocuspocus
 * provider opens with the first subscriber and is destroyed with the last, so a page that
 * leaves the report (or React's double mount in development) never leaves a socket behind.
 */
export class ReviewSession {
  private state = CLOSED;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly documentName: string,
    /** The /collab endpoint (`collabSocketUrl`). */
    private readonly url: string,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.open();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.close();
    };
  };

  readonly snapshot = (): ReviewConnection => this.state;

  private open(): void {
    const update = (change: Partial<ReviewConnection>) => this.set({ ...this.state, ...change });
    // Signed in by the session cookie the browser sends with the upgrade request (same origin).
    const provider = new HocuspocusProvider({
      url: this.url,
      name: this.documentName,
      onStatus: ({ status }) => update({ status: STATUS[status] }),
      onSynced: () => update({ synced: true, everSynced: true }),
      onUnsyncedChanges: ({ number }) => update({ unsynced: number }),
      onAuthenticated: ({ scope }) => update({ writable: scope === 'read-write', refused: false }),
      onAuthenticationFailed: () => update({ refused: true }),
    });
    update({ provider });
  }

  private close(): void {
    this.state.provider?.destroy();
    this.state = CLOSED;
  }

  private set(next: ReviewConnection): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
