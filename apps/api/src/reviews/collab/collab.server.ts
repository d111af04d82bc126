import { Inject, Injectable } from '@nestjs/common';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Redis } from 'ioredis';
import { type IncomingMessage, type Server } from 'node:http';
import { type Duplex } from 'node:stream';
import { type Logger } from 'pino';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { AppConfig } from '../../core/config/app-config.js';
import { LOGGER } from '../../core/core.module.js';
import { VIEWER_RESOLVER, type ViewerResolver } from '../../core/auth/viewer.js';
import { PROFILE_SOURCE, type ProfileSource } from '../../core/users/user-directory.js';
import { EventBus } from '../../core/pubsub/event-bus.js';
import { RedisConnections } from '../../core/health/redis-connections.js';
import { EVERY_SCOPE, type EventTopics } from '../../core/pubsub/topics.js';
import { ReviewDocumentStore } from '../review-document.store.js';
import { reportIdOfDocument, reviewDocumentName } from './document-name.js';
import { ReviewReportService } from '../review-report.service.js';
import { ReviewReportAccessExtension } from './extensions/review-report-access.extension.js';
import { ReviewReportAuthExtension } from './extensions/review-report-auth.extension.js';
import { COLLAB_LIMITS, ReviewReportLimitsExtension } from './extensions/review-report-limits.extension.js';
import { ReviewReportPersistenceExtension } from './extensions/review-report-persistence.extension.js';
import { ReviewReportPresenceExtension } from './extensions/review-report-presence.extension.js';

export const COLLAB_PATH = '/collab';

/**
 * Co-editing of review reports: Hocuspocus on the API's own HTTP server at /collab (graphql-ws
 * ignores other paths). One extension per concern, in pipeline order: authentication, limits,
 * persistence, presence, access following, and Redis between instances when REDIS_URL is set.
 */
@Injectable()
export class CollabServer {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: COLLAB_LIMITS.maxMessageBytes });
  private readonly access: ReviewReportAccessExtension;
  private readonly hocuspocus: Hocuspocus;
  private readonly listeners: AsyncIterableIterator<unknown>[] = [];
  private readonly redisClients: Redis[] = [];
  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== COLLAB_PATH) return;
    this.wss.handleUpgrade(request, socket, head, (ws) => this.hocuspocus.handleConnection(ws, request));
  };

  constructor(
    config: AppConfig,
    @Inject(VIEWER_RESOLVER) viewers: ViewerResolver,
    @Inject(PROFILE_SOURCE) profiles: ProfileSource,
    reports: ReviewReportService,
    private readonly store: ReviewDocumentStore,
    private readonly bus: EventBus,
    @Inject(LOGGER) private readonly logger: Logger,
    redisConnections: RedisConnections,
  ) {
    this.access = new ReviewReportAccessExtension(viewers, reports, logger);
    const extensions: Extension[] = [
      new ReviewReportAuthExtension(config, viewers, reports, profiles),
      new ReviewReportLimitsExtension(),
      new ReviewReportPersistenceExtension(store, logger),
      new ReviewReportPresenceExtension(),
      this.access,
    ];
    const redisUrl = config.env.REDIS_URL;
    if (redisUrl) {
      extensions.push(
        new RedisExtension({
          // Without disableClientInfo ioredis 5 breaks the subscriber connection ("subscriber mode").
          createClient: () => this.coEditingRedis(redisUrl, redisConnections),
          prefix: 'ecw-collab',
        }),
      );
    }
    this.hocuspocus = new Hocuspocus({ name: 'review-reports', quiet: true, extensions });
  }

  /** One of the Redis extension's two connections; when both are back after losing Redis, a resync. */
  private coEditingRedis(redisUrl: string, connections: RedisConnections): Redis {
    const client = connections.watch(
      new Redis(redisUrl, { disableClientInfo: true, maxRetriesPerRequest: null }),
      'co-editing',
    );
    let lost = false;
    client.on('close', () => (lost = true));
    client.on('ready', () => {
      if (!lost) return;
      lost = false;
      if (this.redisClients.every((other) => other.status === 'ready')) void this.catchUpOpenDocuments();
    });
    this.redisClients.push(client);
    return client;
  }

  /**
   * While Redis was down, what other instances' editors wrote never reached this instance's open
   * documents, and ioredis' queue of what they published is lost when it is sent before this
   * instance subscribes again. Every instance stores an update before acknowledging it, so the
   * stored state holds all of it: applied to each open document, it sends the editors here what
   * they missed (and is not stored again).
   */
  private async catchUpOpenDocuments(): Promise<void> {
    const reportIds = [...this.hocuspocus.documents.keys()]
      .map(reportIdOfDocument)
      .filter((id): id is string => id !== null);
    if (reportIds.length === 0) return;
    try {
      const states = await this.store.loadStates(reportIds);
      for (const [reportId, state] of states) await this.applyStoredUpdate(reportId, state);
      this.logger.info({ documents: reportIds.length }, 'co-editing: open documents caught up after Redis');
    } catch (error) {
      this.logger.error({ err: error }, 'co-editing: catching open documents up after Redis failed');
    }
  }

  /**
   * Applies a server-made update (already stored by the caller) to the live document, so that every
   * open editor, on this instance and through Redis on the others, receives it.
   */
  async applyStoredUpdate(reportId: string, update: Uint8Array): Promise<void> {
    const connection = await this.hocuspocus.openDirectConnection(reviewDocumentName(reportId), {});
    try {
      await connection.transact((document) => Y.applyUpdate(document, update));
    } finally {
      await connection.disconnect();
    }
  }

  start(httpServer: Server): void {
    httpServer.on('upgrade', this.onUpgrade);
    this.access.start();
    void this.follow('access:revoked', (revoked) => this.access.closeRevoked(revoked));
    void this.follow('access:changed', (changed) => this.access.recheckUser(changed.userId));
  }

  async stop(httpServer: Server): Promise<void> {
    httpServer.off('upgrade', this.onUpgrade);
    this.access.stop();
    await Promise.all(this.listeners.map((listener) => listener.return?.()));
    this.hocuspocus.closeConnections();
    for (const client of this.wss.clients) client.close(1001, 'Server shutting down');
    await this.hocuspocus.hooks('onDestroy', { instance: this.hocuspocus });
  }

  /**
   * Access events from every instance: a revoked credential closes its connections at once, a
   * changed membership or co-authorship re-checks that user's connections now (the periodic re-check
   * covers an event the at-most-once bus lost).
   */
  private async follow<T extends 'access:revoked' | 'access:changed'>(
    topic: T,
    handle: (event: EventTopics[T]) => void | Promise<void>,
  ): Promise<void> {
    const events = this.bus.subscribe(topic, EVERY_SCOPE);
    this.listeners.push(events);
    try {
      for await (const event of events) await handle(event);
    } catch (error) {
      this.logger.error(
        { err: error, topic },
        'listening for access events stopped; the periodic re-check still applies',
      );
    }
  }
}
