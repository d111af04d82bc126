import { ConfigError, parseConfig } from './core/config/config.schema.js';
import { EmbeddedPostgresError } from './core/database/embedded-postgres.js';
import { logDestination } from './core/logging/log-destination.js';
import { createLogger } from './core/logging/logger.js';
import { startApi } from './bootstrap.js';
import { startBanner } from './start-banner.js';

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
  const logger = createLogger(env.LOG_LEVEL, logDestination(process.stdout));
  let api;
  try {
    api = await startApi(env, logger);
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  logger.info(await startBanner(api));
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
