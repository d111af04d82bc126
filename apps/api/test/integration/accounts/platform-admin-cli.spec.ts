import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { setPlatformAdmin } from '../../../src/accounts/platform-admin/set-platform-admin.command.js';
import { UserEntity } from '../../../src/accounts/user.entity.js';
import { AuditEventEntity } from '../../../src/core/audit/audit-event.entity.js';
import { databaseOptions } from '../../../src/core/database/database-options.js';
import { AccountFactory } from '../../factories/account.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { TestClient } from '../../support/test-client.js';
import { CLI_TEST_TIMEOUT_MS, runAdminCli as admin } from './support/admin-cli.js';
import { ME } from './support/operations.js';

const isAdmin = async (client: TestClient) =>
  (await client.ok<{ me: { isPlatformAdmin: boolean } }>(ME)).me.isPlatformAdmin;

describe('platform administration from the command line', () => {
  let t: TestApi;
  let dataSource: DataSource;
  beforeAll(async () => {
    t = await startTestApi();
    await AccountFactory.create().signUp(t.client()); // the first account, admin already
    dataSource = new DataSource({
      ...databaseOptions(t.databaseUrl),
      migrationsRun: false,
      entities: [UserEntity, AuditEventEntity],
    });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await t?.close();
  });

  describe('setPlatformAdmin', () => {
    const set = (email: string, isPlatformAdmin: boolean) =>
      dataSource.transaction((manager) => setPlatformAdmin({ manager, email, isPlatformAdmin, via: 'cli' }));

    it('grants and revokes by e-mail address in any case, auditing each change', async () => {
      const browser = t.client();
      const account = await AccountFactory.create().signUp(browser);

      expect(await set(account.email.toUpperCase(), true)).toEqual({
        change: 'granted',
        userId: account.userId,
      });
      expect(await isAdmin(browser)).toBe(true);
      expect(await set(account.email, true)).toEqual({ change: 'unchanged', userId: account.userId });
      expect(await set(account.email, false)).toEqual({ change: 'revoked', userId: account.userId });
      expect(await isAdmin(browser)).toBe(false);
      expect(await set(account.email, false)).toEqual({ change: 'unchanged', userId: account.userId });

      const audit = await t.db.query(
        `SELECT action, actor_id, metadata FROM audit_events WHERE target_id = $1 AND action LIKE 'account.platform_admin%' ORDER BY at`,
        [account.userId],
      );
      expect(audit).toEqual([
        { action: 'account.platform_admin_granted', actor_id: null, metadata: { via: 'cli' } },
        { action: 'account.platform_admin_revoked', actor_id: null, metadata: { via: 'cli' } },
      ]);
    });

    it('changes nothing for an address without an account', async () => {
      const before = await t.db.query(`SELECT count(*)::int AS n FROM audit_events`);
      expect(await set('nobody-registered@example.org', true)).toEqual({
        change: 'no_account',
        userId: null,
      });
      expect(await t.db.query(`SELECT count(*)::int AS n FROM audit_events`)).toEqual(before);
    });
  });

  describe('npm run admin (the process)', () => {
    it(
      'grants and revokes against DATABASE_URL, printing what it did',
      async () => {
        const browser = t.client();
        const account = await AccountFactory.create().signUp(browser);
        const env = { DATABASE_URL: t.databaseUrl };

        const granted = await admin(['grant', account.email], env);
        expect(granted).toMatchObject({
          code: 0,
          stdout: `Granted platform administration to ${account.email}.\n`,
        });
        expect(await isAdmin(browser)).toBe(true);

        const revoked = await admin(['revoke', account.email], env);
        expect(revoked.code).toBe(0);
        expect(revoked.stdout).toContain(`Revoked platform administration from ${account.email}.`);
        expect(await isAdmin(browser)).toBe(false);
      },
      CLI_TEST_TIMEOUT_MS,
    );

    it(
      'revokes when Redis cannot be reached, says plainly that live connections stay open, and exits 3',
      async () => {
        const browser = t.client();
        const account = await AccountFactory.create().signUp(browser);
        expect((await admin(['grant', account.email], { DATABASE_URL: t.databaseUrl })).code).toBe(0);

        // Port 1: nothing listens there, so every connection attempt is refused at once.
        const revoked = await admin(['revoke', account.email], {
          DATABASE_URL: t.databaseUrl,
          REDIS_URL: 'redis://127.0.0.1:1',
        });
        expect(await isAdmin(browser)).toBe(false);
        expect(revoked).toEqual({
          code: 3,
          stdout: `Revoked platform administration from ${account.email}.\n`,
          stderr:
            'Could not reach Redis (REDIS_URL) to close the live connections this account has open: ' +
            'connect ECONNREFUSED 127.0.0.1:1. They keep admin rights until they reconnect ' +
            '(at the latest when the API restarts).\n',
        });
      },
      CLI_TEST_TIMEOUT_MS,
    );

    it(
      'exits 1 with a message for an unknown address, and 2 with the usage for bad arguments',
      async () => {
        const env = { DATABASE_URL: t.databaseUrl };
        expect(await admin(['grant', 'nobody-registered@example.org'], env)).toEqual({
          code: 1,
          stdout: '',
          stderr: 'No account has the e-mail address nobody-registered@example.org. Nothing was changed.\n',
        });
        const usage = await admin(['promote', 'someone@example.org'], env);
        expect(usage.code).toBe(2);
        expect(usage.stderr).toContain('Usage: npm run admin -- grant <email>');
      },
      CLI_TEST_TIMEOUT_MS,
    );

    it(
      'exits 1 with a clear message when the database cannot be reached',
      async () => {
        const run = await admin(['grant', 'someone@example.org'], {
          DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/none',
        });
        expect(run.code).toBe(1);
        expect(run.stderr).toContain('Could not use the database');
      },
      CLI_TEST_TIMEOUT_MS,
    );
  });

  describe('npm run admin with the embedded database in DATA_DIR', () => {
    let dataDir: string;
    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'ecw-admin-cli-'));
    });
    afterAll(() => rm(dataDir, { recursive: true, force: true }));

    it(
      'refuses a DATA_DIR without a database instead of creating one',
      async () => {
        const run = await admin(['grant', 'someone@example.org'], { DATA_DIR: join(dataDir, 'mistyped') });
        expect(run.code).toBe(1);
        expect(run.stderr).toContain('There is no database in DATA_DIR');
      },
      CLI_TEST_TIMEOUT_MS,
    );
  });
});
