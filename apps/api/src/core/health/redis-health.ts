import { type RedisConnections } from './redis-connections.js';

/** What /readyz says about Redis: a missing Redis degrades the instance, it does not stop it serving. */
export class RedisHealth {
  constructor(private readonly connections: RedisConnections) {}

  /**
   * Why the instance is degraded, or null when every Redis connection is up (or none is configured:
   * one instance): the rate limits', the event bus's and the co-editing documents'.
   */
  degradation(): string | null {
    const down = this.connections.unreachable();
    if (down.length === 0) return null;
    return (
      `Redis is unreachable (${down.join(', ')}): events and co-edited documents do not cross ` +
      'instances and rate limits count per instance until it is back'
    );
  }
}
