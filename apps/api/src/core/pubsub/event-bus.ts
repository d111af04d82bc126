import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';

/**
 * Topic names carry the tenant they belong to (e.g. `notifications:<userId>`), so a subscriber can
 * only ever receive events of the scope it subscribed to. Delivery is at-most-once: no state lives
 * only in an event, clients refetch on reconnect.
 */
export abstract class EventBus {
  abstract publish<T>(topic: string, payload: T): Promise<void>;
  abstract subscribe<T>(topic: string): AsyncIterableIterator<T>;
  abstract close(): Promise<void>;
}

class EngineEventBus extends EventBus {
  constructor(
    private readonly engine: PubSubEngine,
    private readonly onClose: () => Promise<void>,
  ) {
    super();
  }

  publish<T>(topic: string, payload: T): Promise<void> {
    return this.engine.publish(topic, payload);
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.engine.asyncIterableIterator<T>(topic) as AsyncIterableIterator<T>;
  }

  close(): Promise<void> {
    return this.onClose();
  }
}

/** In-process for one instance; Redis when REDIS_URL is set, so events reach every instance. */
export function createEventBus(redisUrl: string | undefined): EventBus {
  if (!redisUrl) return new EngineEventBus(new PubSub(), async () => undefined);
  const options = { maxRetriesPerRequest: null, disableClientInfo: true } as const;
  // During a Redis outage a publish fails after a few reconnection attempts (callers log it: events are
  // at-most-once) instead of waiting for Redis, which would hold the mutation that announces it.
  const publisher = new Redis(redisUrl, { ...options, maxRetriesPerRequest: 3 });
  const subscriber = new Redis(redisUrl, options);
  const engine = new RedisPubSub({ publisher, subscriber });
  return new EngineEventBus(engine, async () => {
    await engine.close();
  });
}
