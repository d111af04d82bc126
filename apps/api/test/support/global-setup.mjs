import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
}
