import { ConfigError, parseConfig, type ParsedConfig } from './core/config/config.schema.js';
import { type AppDatabase, openAppDatabase } from './core/database/app-database.js';
import { EmbeddedPostgresError } from './core/database/embedded-postgres.js';
import { logDestination } from './core/logging/log-destination.js';
import { createLogger } from './core/logging/logger.js';
import type { Logger } from 'pino';
import type { RunningApi } from './bootstrap.js';

async function main(): Promise<void> {
  let env;
  try {
    env = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(env.LOG_LEVEL, await logDestination(process.stdout));
  const onFatal = (reason: string) => {
    logger.fatal(
      { reason },
      'the database is gone for good: exiting so that a process supervisor restarts the API',
    );
    process.exit(1);
  };
  // The embedded PostgreSQL starts (in processes of its own) while this process loads the rest of
  // the API, which is most of a start's work: Nest, TypeORM, GraphQL and every feature.
  const database = openAppDatabase(env, logger, { onFatal });
  database.catch(() => undefined); // reported through startApi below
  const started = loadAndStart(env, logger, database, onFatal);
  started.catch(() => undefined); // reported below
  stopOnSignals(started, logger);
  try {
    await started;
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** The start ends with the banner, whose queries a stop must not cut off. */
async function loadAndStart(
  env: ParsedConfig,
  logger: Logger,
  database: Promise<AppDatabase>,
  onFatal: (reason: string) => void,
): Promise<RunningApi> {
  const [{ startApi }, { startBanner }] = await Promise.all([
    import('./bootstrap.js'),
    import('./start-banner.js'),
  ]).catch(async (error: unknown) => {
    await database.then(
      (opened) => opened.embedded?.stop(),
      () => undefined,
    );
    throw error;
  });
  const api = await startApi(env, logger, { database, onFatal });
  logger.info(await startBanner(api));
  return api;
}

/**
 * The order of a stop is ours: stop accepting, drain, close sockets, stop PostgreSQL. embedded-postgres
 * (through async-exit-hook) handles SIGINT and SIGTERM from the moment it is loaded, stopping its
 * server at once and exiting with 128 + the signal: a signal that came before ours were in place
 * stopped the database under a running API, whose queries in flight then failed (exit 1 with a
 * TypeORM error, or 143). Ours are in place before the API can answer anything; a signal during the
 * start (its banner included) lets it finish, then stops it the same way.
 */
function stopOnSignals(started: Promise<RunningApi>, logger: Logger): void {
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    process.once(signal, () => process.exit(1)); // a second signal does not wait
    started
      .then((api) => api.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => shutdown(signal));
  }
}

void main();
