import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { tsImport } from 'tsx/esm/api';

/**
 * One PostgreSQL server for the whole run: DATABASE_URL when set (CI, developers with a server),
 * else the same embedded server the app uses, in a temporary folder. Each test file then makes its
 * own database, a copy of this run's template (TEST_DATABASE_TEMPLATE, migrated once by the first
 * file that needs it: see test-database.ts). (Jest loads global setup outside its transform, hence
 * tsx for the TypeScript import.)
 */
export default async function globalSetup() {
  process.env.TZ = 'UTC';
  process.env.TEST_DATABASE_TEMPLATE = `ecw_template_${randomBytes(6).toString('hex')}`;
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const { startEmbeddedPostgres } = await tsImport(
    '../../src/core/database/embedded-postgres.ts',
    import.meta.url,
  );
  const dataDir = await mkdtemp(join(tmpdir(), 'ecw-test-db-'));
  const db = await startEmbeddedPostgres(dataDir, () => undefined);
  globalThis.__EMBEDDED_DB__ = db;
  process.env.TEST_DATABASE_SERVER_URL = db.url('postgres');
  await withoutDurability(db.url('postgres'));
}

/**
 * This run's own server is thrown away at the end, so it need not survive a crash: no fsync (every
 * commit of every test, and each file's copy of the template, would otherwise wait for the disk).
 * All three settings take effect on reload. A DATABASE_URL server is not ours to change. Tests
 * about durability start their own embedded server through the API, which keeps the defaults.
 */
async function withoutDurability(serverUrl) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (const setting of ['fsync', 'synchronous_commit', 'full_page_writes'])
      await admin.query(`ALTER SYSTEM SET ${setting} = off`);
    await admin.query('SELECT pg_reload_conf()');
  } finally {
    await admin.end();
  }
}
