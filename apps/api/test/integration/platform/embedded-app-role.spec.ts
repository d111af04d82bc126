import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startApi, type RunningApi } from '../../../src/bootstrap.js';
import { parseConfig } from '../../../src/core/config/config.schema.js';
import { startEmbeddedPostgres } from '../../../src/core/database/embedded-postgres.js';
import { findRunningEmbeddedServer } from '../../../src/core/database/embedded-server-record.js';
import { createLogger } from '../../../src/core/logging/logger.js';
import { AccountFactory } from '../../factories/account.factory.js';
import { TestClient } from '../../support/test-client.js';

const DATABASE = 'election_workspace';
const APP_ROLE = 'election_workspace';
/** Starting (and the first time initialising) the embedded server takes seconds on a busy machine. */
const SLOW = 120_000;

/** What an attacker holding the API's database connection tries against the audit trail and the host. */
const ATTACKS = [
  `ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`,
  `ALTER TABLE audit_events DISABLE TRIGGER ALL`,
  `UPDATE audit_events SET action = 'rewritten'`,
  `DELETE FROM audit_events`,
  `TRUNCATE audit_events`,
  `DROP TABLE audit_events`,
  `DROP SCHEMA audit CASCADE`,
  `ALTER TABLE audit_events SET SCHEMA public`,
  `CREATE OR REPLACE FUNCTION audit.audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
  `COPY (SELECT 1) TO PROGRAM 'true'`,
  `ALTER ROLE ${APP_ROLE} SUPERUSER`,
];

function startOn(dataDir: string): Promise<RunningApi> {
  const env = parseConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    NODE_ENV: 'test',
    PASSWORD_HASH_COST: 'test-minimum',
  });
  return startApi(env, createLogger(env.LOG_LEVEL));
}

async function connect(dataDir: string, as: 'app' | 'superuser'): Promise<pg.Client> {
  const server = await findRunningEmbeddedServer(dataDir);
  if (!server) throw new Error('no embedded server running');
  const [user, password] =
    as === 'superuser'
      ? [server.user, server.password]
      : [APP_ROLE, (await readFile(join(dataDir, 'postgres-app-password'), 'utf8')).trim()];
  const client = new pg.Client({ host: server.host, port: server.port, user, password, database: DATABASE });
  await client.connect();
  return client;
}

/** The statements of ATTACKS that the app role could run (each in a savepoint, all rolled back). */
async function attacksThatWork(client: pg.Client): Promise<string[]> {
  const worked: string[] = [];
  await client.query('BEGIN');
  for (const attack of ATTACKS) {
    await client.query('SAVEPOINT attack');
    try {
      await client.query(attack);
      worked.push(attack);
    } catch {
      // Refused, as it must be.
    }
    await client.query('ROLLBACK TO SAVEPOINT attack');
  }
  await client.query('ROLLBACK');
  return worked;
}

async function owners(client: pg.Client): Promise<Record<string, string>> {
  const rows = await client.query<{ tablename: string; tableowner: string }>(
    `SELECT schemaname || '.' || tablename AS tablename, tableowner FROM pg_tables
     WHERE tablename IN ('users', 'audit_events', 'migrations')`,
  );
  return Object.fromEntries(rows.rows.map((row) => [row.tablename, row.tableowner]));
}

describe('the API connects to its embedded PostgreSQL as a role that is no superuser', () => {
  let dataDir: string;
  let api: RunningApi | null = null;
  const account = AccountFactory.create();
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ecw-app-role-'));
  });
  afterAll(async () => {
    await api?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it(
    'owns the database, may read and append the audit trail, and cannot disable its trigger or run programs',
    async () => {
      api = await startOn(dataDir);
      await account.signUp(new TestClient(api.url)); // writes to audit_events as the app role
      const app = await connect(dataDir, 'app');
      try {
        const sessions = await app.query<{ usename: string }>(
          `SELECT DISTINCT usename FROM pg_stat_activity WHERE application_name = 'election-workspace'`,
        );
        expect(sessions.rows).toEqual([{ usename: APP_ROLE }]);
        const role = await app.query(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`);
        expect(role.rows).toEqual([{ rolsuper: false }]);
        expect(await owners(app)).toEqual({
          'public.users': APP_ROLE,
          'public.migrations': APP_ROLE,
          'audit.audit_events': 'postgres',
        });
        expect(await attacksThatWork(app)).toEqual([]);
        const written = await app.query(`SELECT count(*)::int AS n FROM audit_events`);
        expect(written.rows[0]).toEqual({ n: expect.any(Number) });
        expect((written.rows[0] as { n: number }).n).toBeGreaterThan(0);
      } finally {
        await app.end();
      }
    },
    SLOW,
  );

  it(
    'upgrades a data directory from before the app role on start',
    async () => {
      await api?.close();
      api = null;
      // Make the data directory look like an old one: everything the superuser's, no app role.
      const server = await startEmbeddedPostgres(dataDir, () => undefined);
      const superuser = await connect(dataDir, 'superuser');
      await superuser.query(`REASSIGN OWNED BY ${APP_ROLE} TO postgres`);
      await superuser.query(`DROP OWNED BY ${APP_ROLE}`);
      await superuser.query(`DROP ROLE ${APP_ROLE}`);
      await superuser.query(`ALTER TABLE audit.audit_events SET SCHEMA public`);
      await superuser.query(`ALTER FUNCTION audit.audit_events_append_only() SET SCHEMA public`);
      await superuser.query(`DROP SCHEMA audit`);
      await superuser.end();
      await server.stop();
      await unlink(join(dataDir, 'postgres-app-password'));

      api = await startOn(dataDir);
      const browser = new TestClient(api.url);
      await browser.ok(`mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`, {
        input: { email: account.build().email, password: account.build().password },
      });
      const app = await connect(dataDir, 'app');
      try {
        expect(await owners(app)).toEqual({
          'public.users': APP_ROLE,
          'public.migrations': APP_ROLE,
          'audit.audit_events': 'postgres',
        });
        expect(await attacksThatWork(app)).toEqual([]);
      } finally {
        await app.end();
      }
    },
    SLOW,
  );
});
