import { type Logger } from 'pino';
import { resolveDataDir } from '../config/app-config.js';
import { type ParsedConfig } from '../config/config.schema.js';
import { prepareAppRole } from './app-role.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { superviseEmbeddedPostgres } from './embedded-supervisor.js';
import { openEmbeddedPostgres } from './open-embedded-postgres.js';

/** The database the API creates in its embedded server. */
const DEFAULT_DATABASE = 'election_workspace';

/** The embedded database as the API holds it: something to stop last. */
export interface Stoppable {
  stop(): Promise<void>;
}

/** Where the API's data lives: DATABASE_URL, or the embedded server under DATA_DIR, started and prepared. */
export interface AppDatabase {
  /** What the app connects with (as the app role when embedded). */
  url: string;
  /** The embedded server's superuser, to migrate and lock the audit trail; null with DATABASE_URL. */
  superuserUrl: string | null;
  /** The embedded server, to stop after the app; null with DATABASE_URL. */
  embedded: Stoppable | null;
}

export interface AppDatabaseOptions {
  /** For `npm run seed`: use the embedded server a running app started on DATA_DIR, if there is one. */
  shareRunningEmbeddedDatabase?: boolean;
  /** The embedded PostgreSQL will not come back and the API must exit non-zero. */
  onFatal?: (reason: string) => void;
}

/**
 * Opens the API's database. Depends on nothing heavy (no Nest, no TypeORM), so that `main.ts` can
 * start the embedded PostgreSQL while the rest of the API is still being loaded.
 */
export async function openAppDatabase(
  env: ParsedConfig,
  logger: Logger,
  options: AppDatabaseOptions = {},
): Promise<AppDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, superuserUrl: null, embedded: null };
  const dataDir = resolveDataDir(env.DATA_DIR);
  const log = (line: string) => logger.info(line);
  const database = options.shareRunningEmbeddedDatabase
    ? await openEmbeddedPostgres(dataDir, log)
    : await startEmbeddedPostgres(dataDir, log);
  // A server this process started is supervised; one shared with a running app is that app's to watch.
  const embedded =
    'restart' in database
      ? superviseEmbeddedPostgres(database, { logger, onGiveUp: options.onFatal ?? (() => undefined) })
      : database;
  try {
    const superuserUrl = database.url(DEFAULT_DATABASE);
    // The API itself connects as a role that owns the database but is no superuser.
    const url = await prepareAppRole(
      superuserUrl,
      dataDir,
      (line) => logger.warn(line),
      () => database.createDatabase(DEFAULT_DATABASE),
    );
    return { url, superuserUrl, embedded };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
