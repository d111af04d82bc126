import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import '../../src/features.js'; // registers the features, whose migrations the template is built with
import { databaseOptions } from '../../src/core/database/database-options.js';

/** SQLSTATE 55006: CREATE DATABASE … TEMPLATE while someone is connected to the template. */
const OBJECT_IN_USE = '55006';

function serverUrl(): string {
  const url = process.env['TEST_DATABASE_SERVER_URL'];
  if (!url) throw new Error('TEST_DATABASE_SERVER_URL is not set: run the tests through jest (global setup)');
  return url;
}

function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/**
 * The run's template (named by global setup): every migration applied once, by whichever worker
 * asks first; the others wait on the lock and find it built.
 * Built under another name and renamed when complete, so a half-migrated template is never used.
 */
async function ensureTemplate(template: string): Promise<void> {
  await onServer(async (admin) => {
    // Keyed by the template's name: runs sharing one server (DATABASE_URL) never wait for each other.
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (found.rowCount) return;
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS ${building}`);
      await admin.query(`CREATE DATABASE ${building}`);
      const dataSource = new DataSource(databaseOptions(databaseUrl(building)));
      await dataSource.initialize();
      try {
        await dataSource.runMigrations({ transaction: 'each' });
      } finally {
        await dataSource.destroy();
      }
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
      // Copies fail while anyone is connected to the template: allow no one.
      await admin.query(`ALTER DATABASE ${template} WITH ALLOW_CONNECTIONS false`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
}

async function createDatabase(admin: pg.Client, name: string, template: string | undefined): Promise<void> {
  const sql = template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await admin.query(sql);
      return;
    } catch (error) {
      // Two copies of one template at the same instant can collide; the next try finds it free.
      const inUse = (error as { code?: string }).code === OBJECT_IN_USE;
      if (!inUse || attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/**
 * A database of its own for one test file, on the run's server; dropped when the file is done.
 * It is a copy of the run's template, so it starts with every migration applied (the app's
 * MigrationGate then finds none pending) instead of each file migrating its own database.
 */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const template = process.env['TEST_DATABASE_TEMPLATE'];
  if (template) await ensureTemplate(template);
  const name = `ecw_test_${randomBytes(6).toString('hex')}`;
  await onServer((admin) => createDatabase(admin, name, template));
  return {
    url: databaseUrl(name),
    async drop() {
      await onServer((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
