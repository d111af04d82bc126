import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface AppServer {
  url: string;
  /** Its own database: for the operator's CLI steps (`admin grant`), which have no API. */
  databaseUrl: string;
  close(): Promise<void>;
}

const ROOT = new URL('../../../../', import.meta.url).pathname;
/** What `npm start` runs: the one-file bundle, a quarter of the unbundled build's start-up CPU. */
const MAIN = join(ROOT, 'dist/apps/api-bundle/main.js');

/**
 * The built product as a user runs it (`node dist/apps/api-bundle/main.js` serving dist/apps/web), on a
 * database of its own on the test run's PostgreSQL server.
 */
export async function startAppServer(): Promise<AppServer> {
  if (!existsSync(MAIN) || !existsSync(join(ROOT, 'dist/apps/web/index.html'))) {
    throw new Error('The app is not built: run `npx nx run-many -t build` first (npm test does).');
  }
  const database = await createDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'ecw-e2e-'));
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // Accounts at argon2's minimum cost, as in the API tests: sign-up and sign-in are not what these
      // tests measure. The API accepts this only with NODE_ENV=test, which Jest sets; say it here.
      NODE_ENV: 'test',
      PASSWORD_HASH_COST: 'test-minimum',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    await stop(child);
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(url, child);
  } catch (error) {
    // A server left running after a failed start holds the test run's output open, and Jest, then
    // `npm test`, wait for it for ever.
    await close();
    throw error;
  }
  return { url, databaseUrl: database.url, close };
}

async function createDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env['TEST_DATABASE_SERVER_URL'];
  if (!serverUrl) throw new Error('TEST_DATABASE_SERVER_URL is not set (global setup)');
  const name = `ecw_e2e_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the API did not become ready within 60 s');
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
