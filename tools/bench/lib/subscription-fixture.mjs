import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws/client';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { createSession } from './accounts.mjs';
import { seedSubscriptions } from './subscription-seed.mjs';
import { PendingError, schemaFeatures, startApiProcess, startBaselineProcess } from './api-process.mjs';
import { BASELINE_DIR } from './paths.mjs';
import { migrate, withClient } from './postgres.mjs';
import { heapAfterCollection, heapSnapshot } from './inspector.mjs';
import { residentBytes } from './processes.mjs';
import { median } from './stats.mjs';
import { startRedis } from './redis.mjs';

export const SUBSCRIPTION_QUERY =
  'subscription BenchNotifications { notificationAdded { id kind message link createdAt readAt } }';
/** The other subscriptions the fan-out rows measure, added to the same sockets after the memory row's reading. */
const CONTACT_QUERY = `subscription BenchContacts($relationshipId: ID!) { contactPointChanged(relationshipId: $relationshipId) {
  kind contactPointId contactPoint { id name title channels { kind value preferred } languages timeZone escalationTier
  verificationStatus lastVerifiedAt updatedAt } } }`;
const BRIEF_QUERY = `subscription BenchBriefs($consultationId: ID!) { briefEvents(consultationId: $consultationId) {
  kind brief { id title summary status riskLevel topics attribution submittedAt } } }`;
const BASELINE_CHANNEL = 'bench:broadcast';
const OPEN_BATCH = 50;
const WARMUP_SOCKETS = 20;
/** Memory readings per side and moment (each after its own full collection); the median is used. */
const MEMORY_READINGS = 5;

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
    /** Per subscription kind ('notifications', 'contacts', 'briefs'): the round in progress and the last payload. */
    this.rounds = {};
    this.lastPayloads = {};
    this.failure = null;
  }

  /** The round that deliveries of `kind` count toward (null: none). */
  track(kind, round) {
    this.rounds[kind] = round;
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
      this.listen(client, index, 'notifications', { query: SUBSCRIPTION_QUERY });
    });
  }

  /** Subscribes every open socket to one more operation, delivering into the rounds of `kind`. */
  subscribeAll(kind, request) {
    this.clients.forEach((client, index) => this.listen(client, index, kind, request));
  }

  listen(client, index, kind, request) {
    client.subscribe(request, {
      next: (result) => {
        if (result.errors) {
          this.fail(new Error(`${kind} delivered errors: ${JSON.stringify(result.errors)}`));
          return;
        }
        this.lastPayloads[kind] = result;
        this.rounds[kind]?.deliver(index);
      },
      error: (error) => this.fail(new Error(`${kind} failed: ${describeError(error)}`)),
      complete: () => undefined,
    });
  }

  fail(error) {
    this.failure ??= error;
    for (const round of Object.values(this.rounds)) round?.reject(error);
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

  /** Every broadcast is one kind at a time here: the round in progress counts whatever arrives. */
  track(_kind, round) {
    this.round = round;
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

/**
 * What ended a subscription, as graphql-ws hands it over: its GraphQL errors, or the socket's close
 * event (whose code and reason JSON.stringify does not show).
 */
function describeError(error) {
  if (error && typeof error === 'object' && 'code' in error)
    return `socket closed with ${error.code} ${error.reason ?? ''}`.trim();
  return JSON.stringify(error);
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
    const { seed, cookie } = await withClient(database.url, async (client) => {
      const seeded = await seedSubscriptions(client);
      return { seed: seeded, cookie: await createSession(client, seeded.userId, ctx.sessionSecret) };
    });
    const { userId } = seed;
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
    const bench = new SubscriptionBench({ database, seed, userId, cookie, api, baseline, publisher, count });
    bench.profileDir = ctx.profileDir;
    shared.onCleanup(() => bench.close());
    return bench;
  });
}

/**
 * RSS (whole, anonymous, file-backed) and the JS heap (used, committed) after the process has had a
 * moment to finish what it was doing: MEMORY_READINGS readings, each after a full collection, and
 * the median of each figure (the readings themselves are kept for the details).
 */
async function settledMemory(pid, inspectPort) {
  await sleep(500);
  const readings = [];
  for (let i = 0; i < MEMORY_READINGS; i += 1) {
    const heap = await heapAfterCollection(inspectPort);
    await sleep(200);
    readings.push({ ...residentBytes(pid), heap: heap.used, heapCommitted: heap.committed });
  }
  const middle = (key) => median(readings.map((reading) => reading[key]));
  return {
    rss: middle('rss'),
    anon: middle('anon'),
    file: middle('file'),
    heap: middle('heap'),
    heapCommitted: middle('heapCommitted'),
    rssReadings: readings.map((reading) => reading.rss),
  };
}

class SubscriptionBench {
  constructor(fields) {
    Object.assign(this, fields);
    this.product = new ProductSubscribers(`${fields.api.url.replace('http', 'ws')}/graphql`, fields.cookie);
    this.baselineSockets = new BaselineSubscribers(fields.baseline.url.replace('http', 'ws'));
    this.notificationNumber = 0;
    this.contactNumber = 0;
    this.briefNumber = 0;
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

  /**
   * Updates the seeded contact point and announces it on the relationship's topic, as
   * ContactPointService does after commit: the row after the change travels as a snapshot.
   */
  async changeContact(round) {
    this.contactNumber += 1;
    const { rows } = await withClient(this.database.url, (client) =>
      client.query(
        `UPDATE contact_points SET title = $2, updated_at = now() WHERE id = $1
         RETURNING id, relationship_id, organization_id, name, title, channels, languages, time_zone,
                   availability, escalation_tier, valid_from, valid_until, last_verified_at, updated_at`,
        [this.seed.contactPointId, `Duty officer, shift ${this.contactNumber}`],
      ),
    );
    const row = rows[0];
    const contact = {
      id: row.id,
      relationshipId: row.relationship_id,
      organizationId: row.organization_id,
      name: row.name,
      title: row.title,
      channels: row.channels,
      languages: row.languages,
      timeZone: row.time_zone,
      availability: row.availability,
      escalationTier: row.escalation_tier,
      validFrom: row.valid_from,
      validUntil: row.valid_until,
      lastVerifiedAt: row.last_verified_at?.toISOString() ?? null,
      updatedAt: row.updated_at.toISOString(),
    };
    round.start();
    await this.publisher.publish(
      `planning.contacts:${row.relationship_id}`,
      JSON.stringify({
        kind: 'UPDATED',
        relationshipId: row.relationship_id,
        contactPointId: row.id,
        contact,
        staleAfterDays: 90,
      }),
    );
  }

  /** Updates the seeded brief and announces it, as BriefService does after commit: ids only on the bus. */
  async updateBrief(round) {
    this.briefNumber += 1;
    await withClient(this.database.url, (client) =>
      client.query(`UPDATE context_briefs SET summary = $2, updated_at = now() WHERE id = $1`, [
        this.seed.briefId,
        `Situation update ${this.briefNumber}`,
      ]),
    );
    round.start();
    await this.publisher.publish(
      `consultation:brief-events:${this.seed.consultationId}`,
      JSON.stringify({
        kind: 'UPDATED',
        consultationId: this.seed.consultationId,
        briefId: this.seed.briefId,
        commentId: null,
      }),
    );
  }

  triggerProduct(kind, round) {
    if (kind === 'contacts') return this.changeContact(round);
    if (kind === 'briefs') return this.updateBrief(round);
    return this.notifyProduct(round);
  }

  /** Broadcasts the payload the API last delivered for `kind`, so both sides carry the same bytes. */
  async broadcastBaseline(round, kind) {
    const payload = this.product.lastPayloads[kind] ?? {
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
  async round(side, timeoutMs, kind = 'notifications') {
    const subscribers = side === 'product' ? this.product : this.baselineSockets;
    if (this.product.failure) throw this.product.failure;
    const round = new Round(subscribers.size);
    subscribers.track(kind, round);
    if (side === 'product') await this.triggerProduct(kind, round);
    else await this.broadcastBaseline(round, kind);
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
      subscribers.track(kind, null);
    }
  }

  /**
   * Waits until every socket's subscription is live. graphql-ws does not acknowledge a subscribe,
   * so events are sent until each subscriber has received one.
   */
  async untilAllReceive(side, timeoutMs, kind = 'notifications') {
    const subscribers = side === 'product' ? this.product : this.baselineSockets;
    const round = new Round(subscribers.size);
    subscribers.track(kind, round);
    const deadline = performance.now() + timeoutMs;
    try {
      while (round.remaining > 0) {
        if (this.product.failure) throw this.product.failure;
        if (performance.now() > deadline)
          throw new Error(
            `${side}: ${round.remaining} of ${subscribers.size} ${kind} subscriptions never became live`,
          );
        if (side === 'product') await this.triggerProduct(kind, round);
        else await this.broadcastBaseline(round, kind);
        await Promise.race([round.done, sleep(500)]);
      }
    } finally {
      subscribers.track(kind, null);
    }
  }

  /**
   * The open sockets (see `opened`) also subscribed to `kind` ('contacts': contactPointChanged on the
   * seeded relationship; 'briefs': briefEvents of the seeded consultation), proven live. Memoised.
   */
  live(kind) {
    this.liveKinds ??= {};
    return (this.liveKinds[kind] ??= (async () => {
      await this.opened();
      const request =
        kind === 'contacts'
          ? { query: CONTACT_QUERY, variables: { relationshipId: this.seed.relationshipId } }
          : { query: BRIEF_QUERY, variables: { consultationId: this.seed.consultationId } };
      this.product.subscribeAll(kind, request);
      await this.untilAllReceive('product', 60_000, kind);
      // The baseline's sockets are already live; one broadcast of this kind's payload proves it again.
      await this.untilAllReceive('baseline', 20_000, kind);
    })());
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
    await this.snapshot(inspectPort, `${side}-before`);
    await subscribers.open(this.count);
    await this.untilAllReceive(side, 60_000);
    const after = await settledMemory(pid, inspectPort);
    await this.snapshot(inspectPort, `${side}-after`);
    return { sockets: this.count, before, after };
  }

  /** With --profile: a heap snapshot (after the memory reading, so it does not count in it), for tools/bench/heap-diff.mjs. */
  async snapshot(inspectPort, label) {
    if (this.profileDir) await heapSnapshot(inspectPort, join(this.profileDir, `${label}.heapsnapshot`));
  }

  async close() {
    await this.product.close();
    await this.baselineSockets.close();
  }
}
