import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../../src/core/database/embedded-postgres.js';
import { AccountFactory, type SignUpFields } from '../../factories/account.factory.js';
import { OrganizationFactory } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type GqlResult, type TestClient } from '../../support/test-client.js';
import { openWsClient } from '../../support/ws-client.js';
import { delay } from './api-process.js';

const ME = `{ me { email } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`;
const CREATE_ORGANIZATION = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }`;

/** Writes one organisation after another until stopped, remembering which ones the API acknowledged. */
function writeContinuously(client: TestClient) {
  const acknowledged: string[] = [];
  const refusals: GqlResult[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const input = OrganizationFactory.create().build();
      const result = await client.gql<{ createOrganization: { name: string } | null }>(CREATE_ORGANIZATION, {
        input,
      });
      if (result.data?.createOrganization) acknowledged.push(result.data.createOrganization.name);
      else refusals.push(result);
      await delay(20);
    }
  })();
  return {
    acknowledged,
    refusals,
    async stop() {
      running = false;
      await done;
    },
  };
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await delay(100)) {
    if (await condition()) return;
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

/**
 * A PostgreSQL server of this file's own (the run's shared server is never stopped), stopped and
 * started again under a running API.
 */
describe('PostgreSQL stopped and restarted under a running API', () => {
  let folder: string;
  let server: EmbeddedServer;
  let t: TestApi;
  let browser: TestClient;
  let account: SignUpFields;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'ecw-outage-'));
    server = await startEmbeddedPostgres(folder, () => undefined);
    await server.createDatabase('outage');
    t = await startTestApi({}, { url: server.url('outage') });
    browser = t.client();
    account = await AccountFactory.create().signUp(browser);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await server?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('answers SERVICE_UNAVAILABLE with a retry hint during the outage, is unready, recovers by itself and loses no acknowledged write', async () => {
    const writer = writeContinuously(browser);
    await waitUntil(async () => writer.acknowledged.length >= 3, 10_000);

    // A socket open since before the outage, whose session the sweep re-reads every few seconds.
    const openBefore = openWsClient(t.url, { cookie: browser.sessionCookie ?? '' });
    await openBefore.connected;

    // A sign-in held inside PostgreSQL by a lock, so it is in flight when the server goes away.
    const holder = new pg.Client({ connectionString: server.url('outage') });
    holder.on('error', () => undefined); // the shutdown ends this session too
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
    const inFlight = t.client().gql(SIGN_IN, { input: { email: account.email, password: account.password } });
    await delay(300);

    await server.stop();
    const interrupted = await inFlight;
    expect(errorCodes(interrupted.errors)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(interrupted.errors?.[0]?.extensions?.['retryAfterSeconds']).toBe(5);

    // During the outage: a signed-out mutation (resolver path), in the caller's language…
    const signIn = await t
      .client()
      .gql(
        SIGN_IN,
        { input: { email: account.email, password: account.password } },
        { 'accept-language': 'fr' },
      );
    expect(errorCodes(signIn.errors)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(signIn.errors?.[0]?.message).toBe(
      'Le service est momentanément indisponible. Réessayez dans 5 secondes.',
    );
    // …a signed-in request, whose session cannot be read (context path): 503 with Retry-After…
    const me = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: browser.sessionCookie ?? '' },
      body: JSON.stringify({ query: ME }),
    });
    expect(me.status).toBe(503);
    expect(me.headers.get('retry-after')).toBe('5');
    const meBody = (await me.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(meBody.errors.map((error) => error.extensions['code'])).toEqual(['SERVICE_UNAVAILABLE']);
    expect(meBody.errors[0]?.extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'DATABASE_UNAVAILABLE',
      retryAfterSeconds: 5,
    });
    // …a socket, closed with "try again later" so that clients reconnect by themselves…
    const socket = openWsClient(t.url, { cookie: browser.sessionCookie ?? '' });
    expect((await socket.closed).code).toBe(1013);
    // …the socket open before it too, once its session cannot be re-read: not 4401, which would tell
    // the web app that the session ended and sign its person out…
    expect((await openBefore.closed).code).toBe(1013);
    // …and the instance says it is not ready, while it is alive.
    expect((await fetch(`${t.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    await delay(500); // writes keep failing for a while

    await server.restart();
    await waitUntil(async () => (await fetch(`${t.url}/readyz`)).status === 200, 20_000);
    const countAtRecovery = writer.acknowledged.length;
    await waitUntil(async () => writer.acknowledged.length >= countAtRecovery + 3, 20_000);
    await writer.stop();

    expect((await browser.ok<{ me: { email: string } }>(ME)).me.email).toBe(account.email);
    expect(writer.refusals.length).toBeGreaterThan(0);
    for (const refusal of writer.refusals)
      expect(errorCodes(refusal.errors)).toEqual(['SERVICE_UNAVAILABLE']);
    const stored = await t.db.query<{ name: string }[]>(
      'SELECT name FROM organizations WHERE name = ANY($1)',
      [writer.acknowledged],
    );
    expect(stored.map((row) => row.name).sort()).toEqual([...writer.acknowledged].sort());
  }, 90_000);
});
