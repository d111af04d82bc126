import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { AccountFactory } from '../../factories/account.factory.js';
import { OrganizationFactory } from '../../factories/organization.factory.js';
import { createTestDatabase } from '../../support/test-database.js';
import { TestClient } from '../../support/test-client.js';
import { ApiProcess, delay, requireBuiltApi } from './api-process.js';

const CREATE_ORGANIZATION = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }`;
const ME = `{ me { email } }`;
const WRITERS = 4;

/**
 * Writes organisations one after another until the API stops answering, remembering the ones it
 * acknowledged (a response with the created row).
 */
async function writeUntilGone(client: TestClient, acknowledged: string[]): Promise<void> {
  for (;;) {
    const input = OrganizationFactory.create().build();
    try {
      const result = await client.gql<{ createOrganization: { name: string } | null }>(CREATE_ORGANIZATION, {
        input,
      });
      if (result.data?.createOrganization) acknowledged.push(result.data.createOrganization.name);
    } catch {
      return; // the connection died with the process
    }
  }
}

describe('the API killed with kill -9 while mutations run', () => {
  const running: ApiProcess[] = [];
  let database: { url: string; drop(): Promise<void> };
  let dataDir: string;

  beforeAll(async () => {
    requireBuiltApi();
    database = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'ecw-crash-'));
  });
  afterAll(async () => {
    await Promise.all(running.map((api) => api.kill()));
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const start = async () => {
    const api = ApiProcess.spawn({ DATABASE_URL: database.url, DATA_DIR: dataDir, SESSION_SECRET: secret });
    running.push(api);
    return { api, url: await api.listening() };
  };
  const secret = randomBytes(32).toString('hex');

  it('has every acknowledged mutation after a restart', async () => {
    const first = await start();
    const browser = new TestClient(first.url);
    const account = await AccountFactory.create().signUp(browser);

    const acknowledged: string[] = [];
    const writers = Array.from({ length: WRITERS }, () => writeUntilGone(browser, acknowledged));
    while (acknowledged.length < 20) await delay(20);
    first.api.signalGroup('SIGKILL');
    expect((await first.api.exit(10_000)).signal).toBe('SIGKILL');
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);

    const second = await start();
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const stored = await db.query<{ name: string }>('SELECT name FROM organizations WHERE name = ANY($1)', [
        acknowledged,
      ]);
      expect(stored.rows.map((row) => row.name).sort()).toEqual([...acknowledged].sort());
    } finally {
      await db.end();
    }
    // The session from before the crash works on the restarted process.
    const me = await new TestClient(second.url).gql<{ me: { email: string } | null }>(ME, undefined, {
      cookie: browser.sessionCookie ?? '',
    });
    expect(me.data?.me?.email).toBe(account.email);
  }, 120_000);
});
