import { type Redis } from 'ioredis';
import { type EventBus } from '../pubsub/event-bus.js';

/** What /readyz says about Redis: a missing Redis degrades the instance, it does not stop it serving. */
export class RedisHealth {
  constructor(
    private readonly redis: Redis | null,
    private readonly events: EventBus,
  ) {}

  /**
   * Why the instance is degraded, or null when every Redis connection is up (or none is configured:
   * one instance): the rate limits' and the event bus's publisher and subscriber.
   */
  degradation(): string | null {
    const limitsUp = !this.redis || this.redis.status === 'ready';
    if (limitsUp && this.events.reachesEveryInstance()) return null;
    return 'Redis is unreachable: events do not cross instances and rate limits count per instance until it is back';
  }
}
