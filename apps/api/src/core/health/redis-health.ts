import { type Redis } from 'ioredis';

/** What /readyz says about Redis: a missing Redis degrades the instance, it does not stop it serving. */
export class RedisHealth {
  constructor(private readonly redis: Redis | null) {}

  /** Why the instance is degraded, or null when Redis is connected (or not configured: one instance). */
  degradation(): string | null {
    if (!this.redis || this.redis.status === 'ready') return null;
    return 'Redis is unreachable: events do not cross instances and rate limits count per instance until it is back';
  }
}
