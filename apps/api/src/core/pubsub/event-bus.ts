import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import { type RedisConnections } from '../health/redis-connections.js';
import { ChannelFanOut } from './channel-fan-out.js';
import { channelOf, type EventTopics, type Topic } from './topics.js';

/**
 * Typed pub/sub: `topic` names the payload type (see topics.ts), `scopeId` the tenant or resource
 * (a user id for notifications, an organisation id for its events, `EVERY_SCOPE` for access events)
 * and is part of the channel name, so a subscriber can only ever receive the scope it subscribed to.
 * Delivery is at-most-once: no state lives only in an event, clients refetch on reconnect.
 */
export abstract class EventBus {
  abstract publish<T extends Topic>(topic: T, scopeId: string, payload: EventTopics[T]): Promise<void>;
  abstract subscribe<T extends Topic>(topic: T, scopeId: string): AsyncIterableIterator<EventTopics[T]>;
  /**
   * `listener` runs each time the bus is connected to the other instances again after losing them:
   * events published meanwhile elsewhere never reached this instance's subscribers.
   */
  abstract onReconnected(listener: () => void): void;
  abstract close(): Promise<void>;
}

/** One instance: events go round in this process. */
class InProcessEventBus extends EventBus {
  private readonly engine = new PubSub();
  private readonly fanOut = new ChannelFanOut(this.engine);

  publish<T extends Topic>(topic: T, scopeId: string, payload: EventTopics[T]): Promise<void> {
    return this.engine.publish(channelOf(topic, scopeId), payload);
  }

  subscribe<T extends Topic>(topic: T, scopeId: string): AsyncIterableIterator<EventTopics[T]> {
    return this.fanOut.stream<EventTopics[T]>(channelOf(topic, scopeId));
  }

  onReconnected(): void {
    // Nothing to lose: there is no other instance.
  }

  async close(): Promise<void> {
    // Nothing to close.
  }
}

/** Subscribes each channel on Redis and in this process: the second carries events during an outage. */
class RedisAndLocalEngine extends PubSubEngine {
  private readonly pairs = new Map<number, [redis: Promise<number>, local: Promise<number>]>();
  private nextId = 0;

  constructor(
    private readonly redis: RedisPubSub,
    private readonly local: PubSub,
  ) {
    super();
  }

  publish(): Promise<void> {
    throw new Error('RedisEventBus publishes through one engine or the other, never both');
  }

  subscribe(trigger: string, onMessage: (message: unknown) => void): Promise<number> {
    const id = (this.nextId += 1);
    const pair: [Promise<number>, Promise<number>] = [
      this.redis.subscribe(trigger, onMessage),
      this.local.subscribe(trigger, onMessage),
    ];
    this.pairs.set(id, pair);
    return Promise.all(pair).then(() => id);
  }

  unsubscribe(id: number): void {
    const pair = this.pairs.get(id);
    if (!pair) return;
    this.pairs.delete(id);
    void pair[0].then((redisId) => this.redis.unsubscribe(redisId));
    void pair[1].then((localId) => this.local.unsubscribe(localId));
  }
}

/**
 * Several instances: events cross Redis, this instance's subscribers included. During an outage
 * (the publisher was connected and is not now) an event goes to this instance's own subscribers
 * instead, at once: the mutation that announced it is not held waiting for Redis, and the people on
 * this instance still see it. Before the first connection (a CLI that publishes and exits) a
 * publish waits for Redis, as the event is for the running instances.
 */
class RedisEventBus extends EventBus {
  private readonly local = new PubSub();
  private readonly fanOut: ChannelFanOut;
  private publisherWasReady = false;
  private subscriberLost = false;
  private readonly reconnected: (() => void)[] = [];

  constructor(
    private readonly publisher: Redis,
    subscriber: Redis,
    private readonly engine: RedisPubSub,
  ) {
    super();
    this.fanOut = new ChannelFanOut(new RedisAndLocalEngine(engine, this.local));
    publisher.on('ready', () => (this.publisherWasReady = true));
    subscriber.on('close', () => (this.subscriberLost = true));
    subscriber.on('ready', () => {
      if (!this.subscriberLost) return;
      this.subscriberLost = false;
      for (const listener of this.reconnected) listener();
    });
  }

  publish<T extends Topic>(topic: T, scopeId: string, payload: EventTopics[T]): Promise<void> {
    const channel = channelOf(topic, scopeId);
    if (this.publisherWasReady && this.publisher.status !== 'ready')
      return this.local.publish(channel, payload);
    return this.engine.publish(channel, payload);
  }

  subscribe<T extends Topic>(topic: T, scopeId: string): AsyncIterableIterator<EventTopics[T]> {
    return this.fanOut.stream<EventTopics[T]>(channelOf(topic, scopeId));
  }

  onReconnected(listener: () => void): void {
    this.reconnected.push(listener);
  }

  async close(): Promise<void> {
    await this.engine.close();
  }
}

/** In-process for one instance; Redis when REDIS_URL is set, so events reach every instance. */
export function createEventBus(redisUrl: string | undefined, connections?: RedisConnections): EventBus {
  if (!redisUrl) return new InProcessEventBus();
  const watched = (client: Redis, purpose: string) => connections?.watch(client, purpose) ?? client;
  const options = { maxRetriesPerRequest: null, disableClientInfo: true } as const;
  // Before its first connection a publish waits at most a few reconnection attempts (callers log a
  // failure: events are at-most-once); during an outage it does not go to Redis at all (above).
  const publisher = watched(new Redis(redisUrl, { ...options, maxRetriesPerRequest: 3 }), 'events out');
  const subscriber = watched(new Redis(redisUrl, options), 'events in');
  const engine = new RedisPubSub({ publisher, subscriber });
  return new RedisEventBus(publisher, subscriber, engine);
}
