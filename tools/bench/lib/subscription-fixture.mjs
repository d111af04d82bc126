import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws/client';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { createSession, createUser } from './accounts.mjs';
import { PendingError, schemaFeatures, startApiProcess, startBaselineProcess } from './api-process.mjs';
import { BASELINE_DIR } from './paths.mjs';
import { migrate, withClient } from './postgres.mjs';
import { collectGarbage } from './inspector.mjs';
import { rssBytes } from './processes.mjs';
import { startRedis } from './redis.mjs';

export const SUBSCRIPTION_QUERY =
  'subscription BenchNotifications { notificationAdded { id kind message link createdAt readAt } }';
const BASELINE_CHANNEL = 'bench:broadcast';
const OPEN_BATCH = 50;
const WARMUP_SOCKETS = 20;

/**
 * One round of a broadcast: every subscriber reports when the message reached it; the round ends
 * when all have it. Duplicates (from a repeated readiness probe) are ignored.
 */
class Round {
  constructor(size) {
    this.t0 = null;
    this.latencies = new Array(size).fill(null);
    this.remaining = size;
    this.done = new Promise((resolve, reject) => Object.assign(this, { resolve, reject }));
  }

  /** The clock starts when the trigger is sent (a readiness probe may send several: the first counts). */
  start() {
    this.t0 ??= performance.now();
  }

  deliver(index) {
    if (this.latencies[index] !== null || this.t0 === null) return;
    this.latencies[index] = performance.now() - this.t0;
    this.remaining -= 1;
    if (this.remaining === 0) this.resolve(this.latencies);
  }
}

/** graphql-ws clients, each on its own socket with the session cookie, subscribed to notificationAdded. */
class ProductSubscribers {
  constructor(wsUrl, cookie) {
    this.wsUrl = wsUrl;
    this.socketClass = class extends WebSocket {
      constructor(address, protocols) {
        super(address, protocols, { headers: { cookie } });
      }
    };
    this.clients = [];
    this.round = null;
    this.lastPayload = null;
    this.failure = null;
  }

  get size() {
    return this.clients.length;
  }

  open(count) {
    return openInBatches(count, () => this.openOne());
  }

  openOne() {
    const index = this.clients.length;
    return new Promise((resolve, reject) => {
      const client = createClient({
        url: this.wsUrl,
        webSocketImpl: this.socketClass,
        lazy: true,
        retryAttempts: 0,
        on: {
          connected: () => resolve(),
          closed: (event) =>
            reject(new Error(`subscription socket closed: ${event?.code} ${event?.reason ?? ''}`)),
          error: (error) =>
            reject(error instanceof Error ? error : new Error(String(error?.message ?? error))),
        },
      });
      this.clients.push(client);
      client.subscribe(
        { query: SUBSCRIPTION_QUERY },
        {
          next: (result) => {
            if (result.errors) {
              this.fail(new Error(`notificationAdded delivered errors: ${JSON.stringify(result.errors)}`));
              return;
            }
            this.lastPayload = result;
            this.round?.deliver(index);
          },
          error: (error) => this.fail(new Error(`notificationAdded failed: ${JSON.stringify(error)}`)),
          complete: () => undefined,
        },
      );
    });
  }

  fail(error) {
    this.failure ??= error;
    this.round?.reject(error);
  }

  async close() {
    await Promise.all(this.clients.map((client) => client.dispose()));
    this.clients = [];
  }
}

/** Raw `ws` sockets on the broadcast baseline; each parses what it receives, as a client must. */
class BaselineSubscribers {
  constructor(wsUrl) {
    this.wsUrl = wsUrl;
    this.sockets = [];
    this.round = null;
  }

  get size() {
    return this.sockets.length;
  }

  open(count) {
    return openInBatches(count, () => this.openOne());
  }

  openOne() {
    const index = this.sockets.length;
    const socket = new WebSocket(this.wsUrl);
    this.sockets.push(socket);
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString('utf8'));
      if (message.type === 'next') this.round?.deliver(index);
    });
    return new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
  }

  async close() {
    for (const socket of this.sockets) socket.terminate();
    this.sockets = [];
  }
}

async function openInBatches(count, openOne) {
  for (let opened = 0; opened < count; opened += OPEN_BATCH) {
    await Promise.all(Array.from({ length: Math.min(OPEN_BATCH, count - opened) }, openOne));
  }
}

/**
 * The API (with REDIS_URL, so its real cross-instance subscription path runs) and the raw `ws`
 * baseline, each with `subscribers` open sockets of one account, shared by the subscription rows.
 * One account holds all sockets, so one notification reaches every one of them;
 * MAX_SOCKETS_PER_ACCOUNT is raised above the count for that (the default cap is 1,000 per account).
 */
export function subscriptionFixture(ctx) {
  return ctx.once('subscriptions', async (shared) => {
    const redis = await startRedis();
    shared.onCleanup(() => redis.stop());
    const database = await ctx.db.createDatabase('subscriptions');
    await migrate(database.url);
    const { userId, cookie } = await withClient(database.url, async (client) => {
      const id = await createUser(client, 'subscriber@bench.example');
      return { userId: id, cookie: await createSession(client, id, ctx.sessionSecret) };
    });
    const count = ctx.sizes.subscribers;
    // Both servers get a loopback inspector port, so memory is read after a full collection (see collectGarbage).
    const api = await startApiProcess({
      inspect: true,
      databaseUrl: database.url,
      sessionSecret: ctx.sessionSecret,
      name: 'API (subscriptions)',
      env: { REDIS_URL: redis.url, MAX_SOCKETS_PER_ACCOUNT: String(count + WARMUP_SOCKETS + 50) },
    });
    shared.onCleanup(() => api.stop());
    const features = await schemaFeatures(api.url, cookie);
    if (!features.subscription.has('notificationAdded'))
      throw new PendingError('the API has no Subscription.notificationAdded yet');
    const baseline = await startBaselineProcess(
      'broadcast baseline',
      join(BASELINE_DIR, 'broadcast-server.mjs'),
      { REDIS_URL: redis.url, CHANNEL: BASELINE_CHANNEL },
      { inspect: true },
    );
    shared.onCleanup(() => baseline.stop());
    const publisher = new Redis(redis.url, { maxRetriesPerRequest: null, disableClientInfo: true });
    shared.onCleanup(() => publisher.quit());
    const bench = new SubscriptionBench({ database, userId, cookie, api, baseline, publisher, count });
    shared.onCleanup(() => bench.close());
    return bench;
  });
}

/** RSS (and JS heap) after the process has had a moment to finish what it was doing and a full collection. */
async function settledMemory(pid, inspectPort) {
  await sleep(500);
  const heap = await collectGarbage(inspectPort);
  await sleep(200);
  return { rss: rssBytes(pid), heap };
}

class SubscriptionBench {
  constructor(fields) {
    Object.assign(this, fields);
    this.product = new ProductSubscribers(`${fields.api.url.replace('http', 'ws')}/graphql`, fields.cookie);
    this.baselineSockets = new BaselineSubscribers(fields.baseline.url.replace('http', 'ws'));
    this.notificationNumber = 0;
  }

  /**
   * Stores a notification for the subscriber and announces it on its topic, as NotificationService.notify
   * does (row first, then the row itself on `notifications:<userId>`). The round's clock starts
   * just before the publish (deliveries can arrive before the publish call returns).
   */
  async notifyProduct(round) {
    this.notificationNumber += 1;
    const params = { organization: `Open Ballot Alliance ${this.notificationNumber}` };
    const link = `/organizations/bench-${this.notificationNumber}`;
    const { rows } = await withClient(this.database.url, (client) =>
      client.query(
        `INSERT INTO notifications (user_id, kind, params, link) VALUES ($1, 'organizationVerified', $2, $3) RETURNING id, created_at`,
        [this.userId, params, link],
      ),
    );
    round.start();
    // The announcement NotificationService.notify publishes: the stored row, on its recipient's topic.
    await this.publisher.publish(
      `notifications:${this.userId}`,
      JSON.stringify({
        notificationId: rows[0].id,
        userId: this.userId,
        kind: 'organizationVerified',
        params,
        link,
        createdAt: rows[0].created_at.toISOString(),
      }),
    );
  }

  /** Broadcasts the payload the API last delivered, so both sides carry the same bytes. */
  async broadcastBaseline(round) {
    const payload = this.product.lastPayload ?? {
      data: {
        notificationAdded: {
          id: 'none',
          kind: 'organizationVerified',
          message: '',
          link: null,
          createdAt: '',
          readAt: null,
        },
      },
    };
    const message = JSON.stringify({ payload });
    round.start();
    await this.publisher.publish(BASELINE_CHANNEL, message);
  }

  /** One broadcast to every open subscriber of one side; resolves with each subscriber's latency in ms. */
  async round(side, timeoutMs) {
    const subscribers = side === 'product' ? this.product : this.baselineSockets;
    if (this.product.failure) throw this.product.failure;
    const round = new Round(subscribers.size);
    subscribers.round = round;
    if (side === 'product') await this.notifyProduct(round);
    else await this.broadcastBaseline(round);
    const timer = setTimeout(
      () =>
        round.reject(
          new Error(
            `${side}: ${round.remaining} of ${subscribers.size} subscribers had nothing after ${timeoutMs} ms`,
          ),
        ),
      timeoutMs,
    );
    try {
      return await round.done;
    } finally {
      clearTimeout(timer);
      subscribers.round = null;
    }
  }

  /**
   * Waits until every socket's subscription is live. graphql-ws does not acknowledge a subscribe,
   * so notifications are sent until each subscriber has received one.
   */
  async untilAllReceive(side, timeoutMs) {
    const subscribers = side === 'product' ? this.product : this.baselineSockets;
    const round = new Round(subscribers.size);
    subscribers.round = round;
    const deadline = performance.now() + timeoutMs;
    try {
      while (round.remaining > 0) {
        if (this.product.failure) throw this.product.failure;
        if (performance.now() > deadline)
          throw new Error(
            `${side}: ${round.remaining} of ${subscribers.size} subscriptions never became live`,
          );
        if (side === 'product') await this.notifyProduct(round);
        else await this.broadcastBaseline(round);
        await Promise.race([round.done, sleep(500)]);
      }
    } finally {
      subscribers.round = null;
    }
  }

  /**
   * Opens the sockets once (after a small warm-up batch, opened and closed, so first-use costs are
   * not counted), reading the server's RSS after a full garbage collection before and after.
   * Memoised: the fan-out row reuses the open sockets.
   */
  opened() {
    return (this.openedOnce ??= (async () => {
      const product = await this.openSide('product', this.product, this.api.pid, this.api.inspectPort);
      const baseline = await this.openSide(
        'baseline',
        this.baselineSockets,
        this.baseline.pid,
        this.baseline.inspectPort,
      );
      return { product, baseline };
    })());
  }

  async openSide(side, subscribers, pid, inspectPort) {
    await subscribers.open(WARMUP_SOCKETS);
    await this.untilAllReceive(side, 20_000);
    await subscribers.close();
    const before = await settledMemory(pid, inspectPort);
    await subscribers.open(this.count);
    await this.untilAllReceive(side, 60_000);
    const after = await settledMemory(pid, inspectPort);
    return { sockets: this.count, before, after };
  }

  async close() {
    await this.product.close();
    await this.baselineSockets.close();
  }
}
