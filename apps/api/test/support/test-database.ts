import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A database of its own for one test file, on the run's server; dropped when the file is done. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env['TEST_DATABASE_SERVER_URL'];
  if (!serverUrl)
    throw new Error('TEST_DATABASE_SERVER_URL is not set: run the tests through jest (global setup)');
  const name = `ecw_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
