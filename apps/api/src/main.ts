import { ConfigError, parseConfig } from './core/config/config.schema.js';
import { openAppDatabase } from './core/database/app-database.js';
import { EmbeddedPostgresError } from './core/database/embedded-postgres.js';
import { logDestination } from './core/logging/log-destination.js';
import { createLogger } from './core/logging/logger.js';

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
  let api;
  try {
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
    api = await startApi(env, logger, { database, onFatal });
    logger.info(await startBanner(api));
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    process.once(signal, () => process.exit(1)); // a second signal does not wait
    api.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  // embedded-postgres installs SIGINT/SIGTERM handlers that stop its server at once and exit with
  // 128 + the signal, racing the drain: the order is ours (stop accepting, drain, close sockets, stop PostgreSQL).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

void main();
