import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
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
  abstract close(): Promise<void>;
}

class EngineEventBus extends EventBus {
  private readonly fanOut: ChannelFanOut;

  constructor(
    private readonly engine: PubSubEngine,
    private readonly onClose: () => Promise<void>,
  ) {
    super();
    this.fanOut = new ChannelFanOut(engine);
  }

  publish<T extends Topic>(topic: T, scopeId: string, payload: EventTopics[T]): Promise<void> {
    return this.engine.publish(channelOf(topic, scopeId), payload);
  }

  subscribe<T extends Topic>(topic: T, scopeId: string): AsyncIterableIterator<EventTopics[T]> {
    return this.fanOut.stream<EventTopics[T]>(channelOf(topic, scopeId));
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
