import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * A real graphql-ws client for tests (Node 20 has no global WebSocket): authenticates like a browser
 * (session cookie + Origin header) or like a script (bearer token in connectionParams), and turns
 * each subscription into a queue the test reads from.
 *
 *   const ws = openWsClient(t.url, { cookie: browser.sessionCookie });
 *   await ws.connected;
 *   const added = ws.subscribe<{ notificationAdded: { id: string } }>('subscription { notificationAdded { id } }');
 *   const first = await added.next({ poke: announce }); // announce: re-sends an existing notification's event
 *   await added.nothingWithin(500);
 *   await ws.close();
 */
export interface WsCredentials {
  /** `name=value` of the session cookie, as TestClient.sessionCookie gives it. */
  cookie?: string | null;
  /** An API token secret, sent as connectionParams.authorization = "Bearer <secret>". */
  bearer?: string | null;
  /** The Origin header; defaults to the API's own origin (a same-origin browser). `null` sends none. */
  origin?: string | null;
}

export interface SocketClosed {
  code: number;
  reason: string;
}

/** How a subscription stream ended: completed by the server, or an error (a close event, or GraphQL errors). */
export type StreamEnd = { kind: 'completed' } | { kind: 'error'; error: unknown };

export interface LiveSubscription<T> {
  /**
   * The next result (data and/or errors), failing after `timeoutMs`. graphql-ws does not acknowledge a
   * subscribe, so a test cannot know when the server is listening: pass `poke`, an idempotent trigger
   * (e.g. re-announcing an existing row), and it is called every `pokeEveryMs` until a result arrives.
   * A poke may cause duplicates: `drain` them afterwards.
   */
  next(options?: {
    timeoutMs?: number;
    poke?: () => Promise<unknown>;
    pokeEveryMs?: number;
  }): Promise<FormattedExecutionResult<T, unknown>>;
  /** Fails if any result arrives within `ms`. */
  nothingWithin(ms: number): Promise<void>;
  /** Removes and returns the results received but not yet taken. */
  drain(): FormattedExecutionResult<T, unknown>[];
  /** Settles when the stream ends; never rejects. */
  ended: Promise<StreamEnd>;
  /** How the stream ended, or null if it is still open after `ms`. */
  endedWithin(ms: number): Promise<StreamEnd | null>;
  unsubscribe(): void;
}

export interface WsTestClient {
  /** Resolves once the server acknowledged connection_init (the credential was accepted); rejects if the socket closes first. */
  connected: Promise<void>;
  /** Resolves with the close code when the socket closes, for whatever reason. */
  closed: Promise<SocketClosed>;
  subscribe<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): LiveSubscription<T>;
  close(): Promise<void>;
}

/** Opens one socket at once (not lazily), and never reconnects: a test sees every close. */
export function openWsClient(baseUrl: string, credentials: WsCredentials = {}): WsTestClient {
  const headers: Record<string, string> = {};
  const origin = credentials.origin === undefined ? baseUrl : credentials.origin;
  if (origin) headers['origin'] = origin;
  if (credentials.cookie) headers['cookie'] = credentials.cookie;
  let onConnected!: () => void;
  let onRefused!: (error: Error) => void;
  let onClosed!: (closed: SocketClosed) => void;
  const connected = new Promise<void>((resolve, reject) => {
    onConnected = resolve;
    onRefused = reject;
  });
  connected.catch(() => undefined); // a test that only awaits `closed` must not see an unhandled rejection
  const closed = new Promise<SocketClosed>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: socketWithHeaders(headers),
    connectionParams: credentials.bearer ? { authorization: `Bearer ${credentials.bearer}` } : {},
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined, // reported through `closed` instead
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        const socketClosed = toSocketClosed(event);
        onRefused(
          new Error(`socket closed before it connected: ${socketClosed.code} ${socketClosed.reason}`),
        );
        onClosed(socketClosed);
      },
    },
  });
  return {
    connected,
    closed,
    subscribe: (query, variables) => subscribeOn(client, query, variables),
    close: async () => {
      await client.dispose();
    },
  };
}

function subscribeOn<T>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): LiveSubscription<T> {
  const queue = new ResultQueue<FormattedExecutionResult<T, unknown>>();
  let onEnded!: (end: StreamEnd) => void;
  const ended = new Promise<StreamEnd>((resolve) => (onEnded = resolve));
  const unsubscribe = client.subscribe<T>(variables ? { query, variables } : { query }, {
    next: (result) => queue.push(result),
    error: (error) => onEnded({ kind: 'error', error }),
    complete: () => onEnded({ kind: 'completed' }),
  });
  return {
    async next({ timeoutMs = 5_000, poke, pokeEveryMs = 200 } = {}) {
      const poking = poke ? setInterval(() => void poke(), pokeEveryMs) : null;
      try {
        return await queue.take(timeoutMs);
      } finally {
        if (poking) clearInterval(poking);
      }
    },
    async nothingWithin(ms) {
      const arrived = await queue.take(ms).then(
        (result) => result,
        () => null,
      );
      if (arrived) throw new Error(`expected no event, got ${JSON.stringify(arrived)}`);
    },
    drain: () => queue.drain(),
    ended,
    endedWithin: (ms) => {
      let timer: NodeJS.Timeout | undefined;
      const stillOpen = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
      return Promise.race([ended, stillOpen]).finally(() => clearTimeout(timer));
    },
    unsubscribe,
  };
}

/** Results in arrival order; `take` waits for the next one. */
class ResultQueue<T> {
  private readonly items: T[] = [];
  private readonly waiters: ((item: T) => void)[] = [];

  push(item: T): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter(item);
    else this.items.push(item);
  }

  drain(): T[] {
    return this.items.splice(0);
  }

  take(timeoutMs: number): Promise<T> {
    const waiting = this.items.shift();
    if (waiting !== undefined) return Promise.resolve(waiting);
    return new Promise<T>((resolve, reject) => {
      const waiter = (item: T) => {
        clearTimeout(timer);
        resolve(item);
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no subscription event within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }
}

/** graphql-ws constructs `new WebSocket(url, protocol)`; this lets it send a cookie and an Origin, as a browser does. */
function socketWithHeaders(headers: Record<string, string>) {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  };
}

function toSocketClosed(event: unknown): SocketClosed {
  const { code, reason } = (event ?? {}) as { code?: unknown; reason?: unknown };
  return {
    code: typeof code === 'number' ? code : 0,
    reason: typeof reason === 'string' ? reason : String(reason ?? ''),
  };
}
