import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { findRunningEmbeddedServer, type EmbeddedServerRecord } from './embedded-server-record.js';

export interface OpenedEmbeddedDatabase extends EmbeddedDatabase {
  /** False when another process (a running app) owns the server: then `stop()` leaves it running. */
  startedHere: boolean;
}

/**
 * For the command-line tools (`npm run seed`, `npm run admin`), which newcomers run while the app is
 * up: connects to the embedded server already running on DATA_DIR, and starts one only when none runs.
 */
export async function openEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void,
): Promise<OpenedEmbeddedDatabase> {
  const running = await findRunningEmbeddedServer(dataDir);
  if (running) {
    log(
      `using the embedded PostgreSQL already running on ${running.host}:${running.port} (pid ${running.pid})`,
    );
    return runningServer(running);
  }
  return { ...(await startEmbeddedPostgres(dataDir, log)), startedHere: true };
}

function runningServer(record: EmbeddedServerRecord): OpenedEmbeddedDatabase {
  const url = (database: string) =>
    `postgres://${encodeURIComponent(record.user)}:${encodeURIComponent(record.password)}@${record.host}:${record.port}/${encodeURIComponent(database)}`;
  return {
    url,
    startedHere: false,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
    },
    // The app that started it stops it.
    stop: async () => undefined,
  };
}
