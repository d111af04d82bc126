import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { type AccessRevoked } from '../accounts/sessions/access-revocation.js';
import {
  setPlatformAdmin,
  type PlatformAdminChange,
} from '../accounts/platform-admin/set-platform-admin.command.js';
import { UserEntity } from '../accounts/user.entity.js';
import { AuditEventEntity } from '../core/audit/audit-event.entity.js';
import { resolveDataDir } from '../core/config/app-config.js';
import { ConfigError, parseConfig, type ParsedConfig } from '../core/config/config.schema.js';
import { databaseOptions } from '../core/database/database-options.js';
import { EmbeddedPostgresError } from '../core/database/embedded-postgres.js';
import { openEmbeddedPostgres } from '../core/database/open-embedded-postgres.js';
import { RedisConnections } from '../core/health/redis-connections.js';
import { createLogger } from '../core/logging/logger.js';
import { createEventBus } from '../core/pubsub/event-bus.js';
import { EVERY_SCOPE } from '../core/pubsub/topics.js';
// Registers the features, whose migrations databaseOptions lists.
import '../features.js';

/**
 * `npm run admin -- grant <email>` and `npm run admin -- revoke <email>`: gives or takes platform
 * administration, with an audit event. Uses the API's configuration: DATABASE_URL, else the
 * embedded database in DATA_DIR (the running app's server when the app is up, else one of its own).
 * Exit codes: 0 done (or nothing to change), 1 failed (no such account, database unavailable), 2 usage,
 * 3 revoked but the account's live connections could not be closed (Redis unreachable).
 */

const USAGE = 'Usage: npm run admin -- grant <email>\n       npm run admin -- revoke <email>\n';
/** The database the API creates in the embedded server (bootstrap.ts). */
const EMBEDDED_DATABASE_NAME = 'election_workspace';

class CliFailure extends Error {}

interface OpenDatabase {
  dataSource: DataSource;
  /** False only when no API can be running on this database (this tool started its server). */
  sharedWithRunningApi: boolean;
  close(): Promise<void>;
}

async function run(argv: string[]): Promise<number> {
  const [command, email, ...extra] = argv;
  if ((command !== 'grant' && command !== 'revoke') || !email || extra.length > 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  try {
    const env = parseConfig(process.env);
    const database = await openDatabase(env);
    let result: { change: PlatformAdminChange; userId: string | null };
    try {
      result = await database.dataSource.transaction((manager) =>
        setPlatformAdmin({ manager, email, isPlatformAdmin: command === 'grant', via: 'cli' }),
      );
    } finally {
      await database.close();
    }
    const status = report(result.change, command, email);
    if (result.change !== 'revoked' || !result.userId) return status;
    return (await closeOpenSockets(env, result.userId, database)) ? status : 3;
  } catch (error) {
    if (!(error instanceof CliFailure || error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}

function report(change: PlatformAdminChange, command: 'grant' | 'revoke', email: string): number {
  const messages: Record<PlatformAdminChange, string> = {
    granted: `Granted platform administration to ${email}.`,
    revoked: `Revoked platform administration from ${email}.`,
    unchanged: `Nothing to change: ${email} ${command === 'grant' ? 'already is' : 'is not'} a platform administrator.`,
    no_account: `No account has the e-mail address ${email}. Nothing was changed.`,
  };
  (change === 'no_account' ? process.stderr : process.stdout).write(`${messages[change]}\n`);
  return change === 'no_account' ? 1 : 0;
}

async function openDatabase(env: ParsedConfig): Promise<OpenDatabase> {
  if (env.DATABASE_URL) return connect(env.DATABASE_URL, true, async () => undefined);
  const dataDir = resolveDataDir(env.DATA_DIR);
  // Never initialise a new database here: a mistyped DATA_DIR must not look like an empty deployment.
  if (!(await exists(join(dataDir, 'postgres', 'PG_VERSION')))) {
    throw new CliFailure(
      `There is no database in DATA_DIR (${dataDir}). Start the API once, or set DATABASE_URL.`,
    );
  }
  let embedded;
  try {
    embedded = await openEmbeddedPostgres(dataDir, () => undefined);
  } catch (error) {
    if (!(error instanceof EmbeddedPostgresError)) throw error;
    throw new CliFailure(
      `Could not open the embedded database in DATA_DIR (${dataDir}). Nothing was changed.\n\n${error.message}`,
    );
  }
  return connect(embedded.url(EMBEDDED_DATABASE_NAME), !embedded.startedHere, () => embedded.stop());
}

async function connect(
  url: string,
  sharedWithRunningApi: boolean,
  stopServer: () => Promise<void>,
): Promise<OpenDatabase> {
  const dataSource = new DataSource({
    ...databaseOptions(url),
    // The running API migrates; this tool only works on a database that is already up to date.
    migrationsRun: false,
    entities: [UserEntity, AuditEventEntity],
    extra: { max: 1, application_name: 'election-workspace-admin' },
  });
  try {
    await dataSource.initialize();
    if (await dataSource.showMigrations()) {
      throw new CliFailure(
        'The database is not up to date with this version: start the API once (it migrates), then run this again.',
      );
    }
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await stopServer();
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(
      `Could not use the database: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return {
    dataSource,
    sharedWithRunningApi,
    close: async () => {
      await dataSource.destroy();
      await stopServer();
    },
  };
}

/**
 * HTTP requests see the change at once (the viewer is resolved per request); an open subscription
 * socket carries the viewer it was opened with, so a revoked admin's sockets are closed. That needs
 * the running instances' Redis: without REDIS_URL there is no way to reach them from here. Says
 * whether they were reached; when Redis is down the revocation stands, and the operator is told
 * plainly what it did not do (before, ioredis printed every failed attempt and the tool crashed
 * after the revocation, which read as if it had failed).
 */
async function closeOpenSockets(env: ParsedConfig, userId: string, database: OpenDatabase): Promise<boolean> {
  if (!env.REDIS_URL) {
    if (database.sharedWithRunningApi)
      process.stdout.write(
        'Note: live connections this account has open keep admin rights until they reconnect.\n',
      );
    return true;
  }
  const connections = new RedisConnections(createLogger('silent'));
  const bus = createEventBus(env.REDIS_URL, connections);
  try {
    const event: AccessRevoked = { userId, allCredentials: true };
    await bus.publish('access:revoked', EVERY_SCOPE, event);
    return true;
  } catch (error) {
    const reason = connections.lastFailure() ?? (error instanceof Error ? error.message : String(error));
    process.stderr.write(
      `Could not reach Redis (REDIS_URL) to close the live connections this account has open: ` +
        `${reason}. They keep admin rights until they reconnect (at the latest when the API restarts).\n`,
    );
    return false;
  } finally {
    await bus.close().catch(() => undefined);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

// Explicitly: embedded-postgres installs an exit hook that ends the process with 0 on `beforeExit`.
process.exit(await run(process.argv.slice(2)));
