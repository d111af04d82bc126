import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { AccountFactory } from '../../factories/account.factory.js';
import { createTestDatabase } from '../../support/test-database.js';
import { TestClient } from '../../support/test-client.js';
import { ApiProcess, delay, requireBuiltApi } from './api-process.js';

const ADDED = `subscription { notificationAdded { id kind message } }`;
const CREATE_ORGANIZATION = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;
/** Generous: the restart happens on a machine other runs load; nothing here measures time. */
const WAIT_MS = 120_000;

interface Added {
  notificationAdded: { id: string; kind: string; message: string };
}

/** A port nobody listens on now, so that both the first and the restarted API can take it. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The graphql-ws client with the web app's options (apps/web/src/apollo/graphql-socket.ts): lazy,
 * retrying forever on every close code (1006 when the server is gone, 1013 while it is not ready),
 * with the same capped exponential back-off. Only the cookie and Origin headers differ: Node's
 * WebSocket sends them because a browser would.
 */
function webAppSocket(baseUrl: string, cookie: string, onConnected: () => void): Client {
  const headers = { origin: baseUrl, cookie };
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    lazy: true,
    retryAttempts: Infinity,
    retryWait: (retries) => delay(Math.min(1_000 * 2 ** retries, 30_000) + Math.random() * 1_000),
    shouldRetry: () => true,
    on: { connected: onConnected },
  });
}

/** Resolves once `done()` holds, failing after `timeoutMs`. */
async function until(what: string, done: () => boolean, timeoutMs = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await delay(50);
  }
}

describe('a subscription when the API is killed with kill -9 and restarted', () => {
  const running: ApiProcess[] = [];
  const sockets: Client[] = [];
  let database: { url: string; drop(): Promise<void> };
  let dataDir: string;
  const secret = randomBytes(32).toString('hex');

  beforeAll(async () => {
    requireBuiltApi();
    database = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'ecw-reconnect-'));
  });
  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await Promise.all(running.map((api) => api.kill()));
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** The built API on `port`, on the test's database, with the same secret every time. */
  const start = async (port: number) => {
    const api = ApiProcess.spawn({
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      SESSION_SECRET: secret,
      PORT: String(port),
    });
    running.push(api);
    return { api, url: await api.listening() };
  };

  it('resubscribes by itself and receives a notification sent after the restart', async () => {
    const port = await freePort();
    const first = await start(port);
    const subscriber = new TestClient(first.url);
    const account = await AccountFactory.create().signUp(subscriber);
    const inviter = new TestClient(first.url);
    await AccountFactory.create().signUp(inviter);

    /** A new organisation of the inviter's, with the subscriber invited into it: one new notification. */
    const notifySubscriber = async (client: TestClient): Promise<string> => {
      const name = `Observatoire ${randomUUID()}`;
      const organization = await client.ok<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
        input: { name, kind: 'CIVIL_SOCIETY', countryCodes: ['KE'] },
      });
      await client.ok(INVITE, {
        input: { organizationId: organization.createOrganization.id, email: account.email, role: 'MEMBER' },
      });
      return name;
    };

    let connections = 0;
    const received: Added['notificationAdded'][] = [];
    const errors: unknown[] = [];
    const socket = webAppSocket(first.url, subscriber.sessionCookie ?? '', () => (connections += 1));
    sockets.push(socket);
    socket.subscribe<Added>(
      { query: ADDED },
      {
        next: (result) => {
          if (result.data) received.push(result.data.notificationAdded);
          if (result.errors) errors.push(result.errors);
        },
        error: (error) => errors.push(error),
        complete: () => errors.push(new Error('the subscription completed')),
      },
    );

    /**
     * graphql-ws does not acknowledge a subscribe: notifications are sent one after another (each a
     * new one) until one arrives, and the names sent are returned with the first one received.
     */
    const firstDelivered = async (client: TestClient): Promise<{ sent: string[]; message: string }> => {
      const sent: string[] = [];
      const already = received.length;
      const deadline = Date.now() + WAIT_MS;
      while (received.length === already) {
        if (Date.now() > deadline) throw new Error('no notification arrived');
        sent.push(await notifySubscriber(client));
        for (let waited = 0; waited < 1_000 && received.length === already; waited += 50) await delay(50);
      }
      return { sent, message: received[already]?.message ?? '' };
    };

    const before = await firstDelivered(inviter);
    expect(before.sent.some((name) => before.message.includes(name))).toBe(true);
    expect(connections).toBe(1);

    first.api.signalGroup('SIGKILL');
    expect((await first.api.exit(10_000)).signal).toBe('SIGKILL');

    const second = await start(port);
    expect(second.url).toBe(first.url);
    await until('the client to reconnect by itself', () => connections >= 2);

    // The inviter's session cookie is valid on the restarted process (same database and secret).
    const after = await firstDelivered(inviter);
    expect(after.sent.some((name) => after.message.includes(name))).toBe(true);
    expect(before.sent.some((name) => after.message.includes(name))).toBe(false);
    expect(errors).toEqual([]);
  }, 300_000);
});
