import { type Redis } from 'ioredis';
import { type Logger } from 'pino';

/**
 * Every Redis connection the instance opens, by what it is for. /readyz is degraded while one of
 * them is down, and each outage of each is logged once as it starts and once as it ends: without a
 * listener for 'error', ioredis prints every failed reconnection (several a second) to stderr.
 */
export class RedisConnections {
  private readonly watched = new Map<Redis, string>();
  private lastError: Error | null = null;

  constructor(private readonly logger: Logger) {}

  watch(client: Redis, purpose: string): Redis {
    let lost = false;
    this.watched.set(client, purpose);
    client.on('error', (error: Error) => {
      this.lastError = error;
      if (lost) return;
      lost = true;
      this.logger.warn({ redis: purpose, reason: error.message }, 'Redis connection lost; reconnecting');
    });
    client.on('ready', () => {
      if (!lost) return;
      lost = false;
      this.logger.info({ redis: purpose }, 'Redis connection back');
    });
    // Closed on purpose (shutdown, a document's extension torn down): no longer the instance's concern.
    client.on('end', () => this.watched.delete(client));
    return client;
  }

  /** Why a connection failed last (a command-line tool says it in its own words), if one did. */
  lastFailure(): string | null {
    return this.lastError?.message ?? null;
  }

  /** What the connections that are not ready now are for, each named once. */
  unreachable(): string[] {
    const down = [...this.watched].filter(([client]) => client.status !== 'ready');
    return [...new Set(down.map(([, purpose]) => purpose))];
  }
}
