import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * How to reach the embedded PostgreSQL server that runs on a data directory: written to DATA_DIR
 * (readable by its owner only: it holds the password) when the server starts, removed when it stops,
 * so that `npm run seed` and `npm run admin` can connect to the server of a running app instead of
 * starting a second one on the same files (which PostgreSQL refuses).
 */
export interface EmbeddedServerRecord {
  /** The postmaster's pid: a record whose process is gone, or is not this server, is stale. */
  pid: number;
  host: string;
  port: number;
  user: string;
  password: string;
}

const RECORD_FILE = 'postgres-server.json';

export async function recordEmbeddedServer(dataDir: string, record: EmbeddedServerRecord): Promise<void> {
  await writeFile(join(dataDir, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
}

export async function forgetEmbeddedServer(dataDir: string): Promise<void> {
  await unlink(join(dataDir, RECORD_FILE)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/** The server running on `<dataDir>/postgres` right now, or null when none does (or its record is stale). */
export async function findRunningEmbeddedServer(dataDir: string): Promise<EmbeddedServerRecord | null> {
  let record: EmbeddedServerRecord;
  try {
    record = JSON.parse(await readFile(join(dataDir, RECORD_FILE), 'utf8')) as EmbeddedServerRecord;
  } catch {
    return null;
  }
  const databaseDir = join(dataDir, 'postgres');
  const live =
    (await postmasterPid(databaseDir)) === record.pid && (await isPostmasterOf(record.pid, databaseDir));
  return live ? record : null;
}

/** The pid in PostgreSQL's own lock file, or null without one. */
export async function postmasterPid(databaseDir: string): Promise<number | null> {
  try {
    const pid = Number.parseInt(
      (await readFile(join(databaseDir, 'postmaster.pid'), 'utf8')).split('\n')[0] ?? '',
      10,
    );
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** True when `pid` is a live PostgreSQL server started on `databaseDir` (PIDs get reused). */
export async function isPostmasterOf(pid: number, databaseDir: string): Promise<boolean> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').includes(databaseDir);
  } catch {
    return false;
  }
}
