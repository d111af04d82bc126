import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { once } from 'node:events';
import { type AddressInfo } from 'node:net';
import { buildSchema } from 'graphql';
import { type Client, CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import { createGraphqlSocket } from './graphql-socket';

/**
 * The app's subscription socket against a real graphql-ws server (in this process): pub/sub is
 * at-most-once, so after a drop the app must learn that it reconnected (it then reads its queries
 * again, apollo-client.ts); and a session the server ended must be reported, not retried.
 */
const schema = buildSchema(`type Query { ok: Boolean } type Subscription { ticks: Int }`);
const roots = {
  subscription: {
    // Never yields: the subscription only keeps the lazy socket open.
    ticks: () => ({
      [Symbol.asyncIterator]: () => ({ next: () => new Promise<never>(() => undefined) }),
    }),
  },
};

let server: WebSocketServer;
let connections = 0;
let client: Client | undefined;

async function until(what: string, done: () => boolean): Promise<void> {
  // Generous: the client's first retry waits 1–2 s by design; nothing here measures time.
  const deadline = Date.now() + 15_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  server = new WebSocketServer({ port: 0, host: '127.0.0.1', path: '/graphql' });
  await once(server, 'listening');
  server.on('connection', () => (connections += 1));
  useServer({ schema, roots }, server);
  const { port } = server.address() as AddressInfo;
  // Node 20 has no WebSocket of its own, and no page: the socket's address comes from the page's origin.
  Object.assign(globalThis, {
    WebSocket,
    window: { location: new URL(`http://127.0.0.1:${port}/`) },
  });
});

afterEach(async () => {
  await client?.dispose();
  client = undefined;
});

afterAll(async () => {
  for (const socket of server.clients) socket.terminate();
  await new Promise((resolve) => server.close(resolve));
});

/** The app's socket with counting handlers, subscribed to something so that the lazy socket opens. */
function openSocket() {
  const calls = { reconnected: 0, revoked: 0 };
  client = createGraphqlSocket({
    onReconnected: () => (calls.reconnected += 1),
    onAccessRevoked: () => (calls.revoked += 1),
  });
  client.subscribe(
    { query: 'subscription { ticks }' },
    { next: () => undefined, error: () => undefined, complete: () => undefined },
  );
  return calls;
}

describe('the app’s graphql-ws socket', () => {
  it('reports a reconnection after the server dropped it, not the first connection', async () => {
    const before = connections;
    const calls = openSocket();
    await until('the first connection', () => connections === before + 1 && server.clients.size === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls.reconnected).toBe(0);

    // The server goes away without a close frame, as a killed process does.
    for (const socket of server.clients) socket.terminate();
    await until('the socket to reconnect by itself', () => calls.reconnected === 1);
    expect(connections).toBe(before + 2);
    expect(calls.revoked).toBe(0);
  });

  it('reports a session the server ended (4401) instead of reconnecting', async () => {
    const before = connections;
    const calls = openSocket();
    await until('the first connection', () => connections === before + 1 && server.clients.size === 1);
    for (const socket of server.clients) socket.close(CloseCode.Unauthorized, 'Unauthorized');
    await until('the ended session to be reported', () => calls.revoked === 1);
    expect(calls.reconnected).toBe(0);
  });
});
