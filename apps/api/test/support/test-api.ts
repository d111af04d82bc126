import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startApi, type RunningApi } from '../../src/bootstrap.js';
import { parseConfig, type ConfigInput } from '../../src/core/config/config.schema.js';
import { createLogger } from '../../src/core/logging/logger.js';
import { type MailCatcher } from './mail-catcher.js';
import { createTestDatabase } from './test-database.js';
import { TestClient } from './test-client.js';

export interface TestApi {
  api: RunningApi;
  url: string;
  databaseUrl: string;
  /** A fresh client with its own cookie jar (a new browser); `from` sets X-Forwarded-For (with TRUST_PROXY). */
  client(options?: { from?: string }): TestClient;
  /** Direct SQL, for arranging and asserting what the API cannot show. */
  db: DataSource;
  /** The mail server the API sends to (`options.mail`); null without SMTP. */
  mail: MailCatcher | null;
  close(): Promise<void>;
}

type EnvOverrides = { [K in keyof ConfigInput]?: string };

export interface TestApiOptions {
  /** Another instance's database (`t.databaseUrl`): a second API on the same data. */
  url?: string;
  /** Where the JSON log lines go (e.g. a LogCapture); give a LOG_LEVEL override too. */
  logStream?: NodeJS.WritableStream;
  /** Sets SMTP_URL to this catcher: sign-ups then confirm their address before signing in. */
  mail?: MailCatcher;
}

/** The whole API on a random port, on a database of its own: real HTTP, real WebSockets, real SQL. */
export async function startTestApi(
  overrides: EnvOverrides = {},
  options: TestApiOptions = {},
): Promise<TestApi> {
  const ownDatabase = options.url ? null : await createTestDatabase();
  const databaseUrl = options.url ?? ownDatabase?.url ?? '';
  const dataDir = await mkdtemp(join(tmpdir(), 'ecw-test-data-'));
  const env = parseConfig({
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: process.env['TEST_SESSION_SECRET'] ?? randomBytes(32).toString('hex'),
    NODE_ENV: process.env['NODE_ENV'],
    // Accounts cost no argon2 work here; a test about hashing itself overrides this with 'standard'.
    // The cheap cost is refused outside NODE_ENV=test, so a test that runs the app as production or
    // development hashes as it would.
    PASSWORD_HASH_COST: (overrides['NODE_ENV'] ?? 'test') === 'test' ? 'test-minimum' : 'standard',
    ...(options.mail ? { SMTP_URL: options.mail.url } : {}),
    ...overrides,
  });
  const api = await startApi(env, createLogger(env.LOG_LEVEL, options.logStream));
  const db = new DataSource({ type: 'postgres', url: databaseUrl });
  await db.initialize();
  return {
    api,
    url: api.url,
    databaseUrl,
    db,
    mail: options.mail ?? null,
    client: (options = {}) => new TestClient(api.url, null, options.from ?? null),
    async close() {
      await db.destroy();
      await api.close();
      await ownDatabase?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
