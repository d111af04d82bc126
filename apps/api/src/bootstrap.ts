import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { type Server } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Redis } from 'ioredis';
import { type Logger } from 'pino';
import { AppModule } from './app.module.js';
import { AppConfig, loadSessionSecret, resolveDataDir } from './core/config/app-config.js';
import { type ParsedConfig } from './core/config/config.schema.js';
import {
  type AppDatabase,
  type AppDatabaseOptions,
  openAppDatabase,
  type Stoppable,
} from './core/database/app-database.js';
import { configureHttp } from './core/http/http-setup.js';
import { PinoNestLogger } from './core/logging/nest-logger.js';
import { SubscriptionServer } from './core/graphql/subscription-server.js';
import { EventBus } from './core/pubsub/event-bus.js';
import { SocketRegistry } from './core/graphql/socket-registry.js';
import { AccountSocketSlots } from './core/graphql/account-socket-slots.js';
import { REDIS } from './core/core.module.js';
import { VIEWER_RESOLVER, type ViewerResolver } from './core/auth/viewer.js';
import { CollabServer } from './reviews/collab/collab.server.js';

export interface RunningApi {
  app: NestExpressApplication;
  config: AppConfig;
  /** e.g. http://127.0.0.1:3000 */
  url: string;
  /** Stops accepting, drains HTTP, closes sockets with 1001, stops the embedded database. */
  close(): Promise<void>;
}

/** The web app's build: dist/apps/web beside this file's dist/apps/api. */
function defaultWebDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../web');
}

export interface StartOptions extends AppDatabaseOptions {
  /**
   * The database, already being opened (`main.ts` starts the embedded PostgreSQL before it loads
   * this module, so that both happen at once); opened here when absent.
   */
  database?: Promise<AppDatabase>;
}

export async function startApi(
  env: ParsedConfig,
  logger: Logger,
  options: StartOptions = {},
): Promise<RunningApi> {
  const dataDir = resolveDataDir(env.DATA_DIR);
  const database = await (options.database ?? openAppDatabase(env, logger, options));
  try {
    const config = new AppConfig(
      env,
      dataDir,
      await loadSessionSecret(env, dataDir, (message) => logger.warn(message)),
      database.url,
      database.superuserUrl,
    );
    return await startNest(config, logger, database.embedded);
  } catch (error) {
    await database.embedded?.stop();
    throw error;
  }
}

async function startNest(config: AppConfig, logger: Logger, embedded: Stoppable | null): Promise<RunningApi> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, logger), {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  configureHttp(app, config, logger, config.env.WEB_DIST_DIR ?? defaultWebDir());
  await app.init();
  const httpServer = app.getHttpServer() as Server;
  const subscriptions = new SubscriptionServer(
    config,
    app.get<ViewerResolver>(VIEWER_RESOLVER),
    logger,
    app.get(SocketRegistry),
    new AccountSocketSlots(app.get<Redis | null>(REDIS), logger),
  );
  subscriptions.start(httpServer, app.get(GraphQLSchemaHost).schema);
  // Pub/sub is at-most-once: after Redis comes back, the clients reconnect and read again what they show.
  app.get(EventBus).onReconnected(() => subscriptions.closeAfterMissedEvents());
  const collab = app.get(CollabServer);
  collab.start(httpServer);
  await app.listen(config.env.PORT, config.env.HOST);
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.env.PORT;
  const url = `http://${config.env.HOST === '0.0.0.0' ? '127.0.0.1' : config.env.HOST}:${port}`;
  logger.info({ url }, 'API listening');
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      // Nest's own close tears down the database before it stops the HTTP server: drain first.
      await Promise.all([
        drainHttp(httpServer, DRAIN_GRACE_MS),
        subscriptions.stop(httpServer),
        collab.stop(httpServer),
      ]);
      await app.close();
      await embedded?.stop();
    })());
  return { app, config, url, close };
}

/** How long requests in flight get to finish at shutdown before their connections are cut. */
const DRAIN_GRACE_MS = 10_000;

/**
 * Stops accepting connections and waits for the requests in flight. Keep-alive connections are
 * closed as soon as they are idle (Node would keep them until their timeout); after `graceMs`
 * whatever is left is cut.
 */
function drainHttp(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolveDrained) => {
    const closeIdle = setInterval(() => server.closeIdleConnections(), 50);
    const done = () => {
      clearInterval(closeIdle);
      clearTimeout(deadline);
      resolveDrained();
    };
    const deadline = setTimeout(() => {
      server.closeAllConnections();
      done();
    }, graceMs);
    server.close(done);
    server.closeIdleConnections();
  });
}
