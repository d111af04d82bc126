import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { importApi } from './paths.mjs';

/** A database URL with another database name. */
export function withDatabase(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * The PostgreSQL server the bench runs on: DATABASE_URL when set, else the API's own embedded
 * server (the compiled startEmbeddedPostgres) in a temporary folder. Every data set gets a fresh
 * database of its own, dropped at the end.
 */
export async function startDatabaseServer(log) {
  if (process.env.DATABASE_URL) {
    return new DatabaseServer(process.env.DATABASE_URL, null, null);
  }
  const { startEmbeddedPostgres } = await importApi('core/database/embedded-postgres.js');
  // A folder directly under the temporary directory: the embedded server runs as the `postgres`
  // user when we are root, and must be able to traverse every folder above its data.
  const dataDir = await mkdtemp(join(tmpdir(), 'ecw-bench-pg-'));
  let embedded = await startEmbeddedPostgres(dataDir, log);
  // pg_stat_statements counts statements server-side; it must be preloaded, which takes a restart.
  const preloaded = await withClient(embedded.url('postgres'), async (client) => {
    const { rows } = await client.query('SHOW shared_preload_libraries');
    if (rows[0].shared_preload_libraries.includes('pg_stat_statements')) return true;
    await client.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    return false;
  });
  if (!preloaded) {
    await embedded.stop();
    embedded = await startEmbeddedPostgres(dataDir, log);
  }
  return new DatabaseServer(embedded.url('postgres'), embedded, dataDir);
}

class DatabaseServer {
  constructor(adminUrl, embedded, dataDir) {
    this.adminUrl = adminUrl;
    this.embedded = embedded;
    this.dataDir = dataDir;
    this.created = [];
  }

  get kind() {
    return this.embedded ? 'embedded PostgreSQL' : 'PostgreSQL from DATABASE_URL';
  }

  /** A new, empty database; returns its URL. */
  async createDatabase(purpose) {
    const name = `ecw_bench_${purpose}_${randomBytes(4).toString('hex')}`;
    await withClient(this.adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    this.created.push(name);
    return { name, url: withDatabase(this.adminUrl, name) };
  }

  async version() {
    return withClient(
      this.adminUrl,
      async (client) => (await client.query('SHOW server_version')).rows[0].server_version,
    );
  }

  async stop() {
    await withClient(this.adminUrl, async (client) => {
      for (const name of this.created) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }).catch(() => undefined);
    await this.embedded?.stop();
    if (this.dataDir) await rm(this.dataDir, { recursive: true, force: true });
  }
}

/** Creates the schema by running the API's own migrations (compiled), as the API does at start. */
export async function migrate(databaseUrl) {
  // Registers the features first: databaseOptions lists their migrations (as cli/admin.ts does).
  await importApi('features.js');
  const { databaseOptions } = await importApi('core/database/database-options.js');
  const { DataSource } = await import('typeorm');
  const dataSource = new DataSource({ ...databaseOptions(databaseUrl), extra: { max: 1 } });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Counts the SQL statements PostgreSQL executes for one database while `fn` runs.
 * Prefers pg_stat_statements (server-side truth: every top-level statement, BEGIN/COMMIT included);
 * when the server does not have it preloaded, a counting relay on the wire protocol instead
 * (every simple Query and every extended-protocol Execute message is one statement).
 */
export async function createStatementCounter(server) {
  const viaExtension = await withClient(server.adminUrl, async (client) => {
    try {
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await client.query('SELECT pg_stat_statements_reset()');
      return true;
    } catch {
      return false;
    }
  });
  return viaExtension ? new ExtensionCounter(server.adminUrl) : WireCounter.start();
}

class ExtensionCounter {
  method = 'pg_stat_statements (sum of calls of top-level statements in the database)';

  constructor(adminUrl) {
    this.adminUrl = adminUrl;
  }

  apiUrl(databaseUrl) {
    return databaseUrl;
  }

  async count(databaseName, fn) {
    return withClient(this.adminUrl, async (client) => {
      await client.query('SELECT pg_stat_statements_reset()');
      const result = await fn();
      const { rows } = await client.query(
        `SELECT coalesce(sum(s.calls), 0)::int AS statements, json_agg(json_build_object('calls', s.calls, 'query', left(s.query, 160))) AS queries
           FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
          WHERE d.datname = $1 AND s.toplevel`,
        [databaseName],
      );
      return { statements: rows[0].statements, queries: rows[0].queries ?? [], result };
    });
  }

  async close() {}
}

/** A TCP relay between the API and PostgreSQL that counts statements per database from the frontend's messages. */
class WireCounter {
  method = 'PostgreSQL wire protocol relay (Query and Execute messages)';
  counts = new Map();

  static async start() {
    const counter = new WireCounter();
    counter.server = createServer((socket) => counter.relay(socket));
    await new Promise((resolve) => counter.server.listen(0, '127.0.0.1', resolve));
    return counter;
  }

  apiUrl(databaseUrl) {
    const url = new URL(databaseUrl);
    this.upstream = { host: url.hostname, port: Number(url.port || 5432) };
    url.hostname = '127.0.0.1';
    url.port = String(this.server.address().port);
    return url.toString();
  }

  relay(client) {
    const upstream = createConnection(this.upstream);
    upstream.pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    let buffer = Buffer.alloc(0);
    let database = null;
    let started = false;
    client.on('data', (chunk) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          if (code === 196608) {
            // StartupMessage: key\0value\0 pairs after the protocol version.
            const parts = buffer.subarray(8, length).toString('utf8').split('\0');
            for (let i = 0; i < parts.length - 1; i += 2)
              if (parts[i] === 'database') database = parts[i + 1];
            started = true;
          }
          buffer = buffer.subarray(length);
          continue;
        }
        if (buffer.length < 5) return;
        const length = buffer.readInt32BE(1) + 1;
        if (buffer.length < length) return;
        const type = String.fromCharCode(buffer[0]);
        if ((type === 'Q' || type === 'E') && database)
          this.counts.set(database, (this.counts.get(database) ?? 0) + 1);
        buffer = buffer.subarray(length);
      }
    });
    client.on('end', () => upstream.end());
  }

  async count(databaseName, fn) {
    this.counts.set(databaseName, 0);
    const result = await fn();
    return { statements: this.counts.get(databaseName) ?? 0, queries: [], result };
  }

  async close() {
    await new Promise((resolve) => this.server.close(resolve));
  }
}
