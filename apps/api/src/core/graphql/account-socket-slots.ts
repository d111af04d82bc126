import { randomUUID } from 'node:crypto';
import { type Redis } from 'ioredis';
import { type Logger } from 'pino';
import { type WebSocket } from 'ws';

/** A slot outlives its instance by at most this long (a crashed instance's sockets are gone). */
const SLOT_TTL_MS = 60_000;
const REFRESH_MS = SLOT_TTL_MS / 3;

/**
 * Drops expired slots, then takes one if the account holds fewer than the cap: atomic, so two
 * instances admitting sockets at the same moment cannot both take the last slot.
 * KEYS[1] the account's slots; ARGV now, expiry, cap, slot id, key TTL (ms).
 */
const CLAIM = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1`;

const keyOf = (userId: string) => `ws:account-sockets:${userId}`;

/**
 * The per-account socket cap across instances: with REDIS_URL each open socket holds a slot in a
 * sorted set per account, scored by its expiry and refreshed while the socket lives, so the slots of
 * an instance that died expire by themselves. Without Redis the per-instance SocketRegistry cap is
 * the whole cap. While Redis is down, sockets are admitted on the per-instance cap alone.
 */
export class AccountSocketSlots {
  private readonly held = new Map<WebSocket, { userId: string; slot: string }>();
  private refresher: NodeJS.Timeout | null = null;

  constructor(
    private readonly redis: Redis | null,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (!this.redis) return;
    this.refresher = setInterval(() => {
      this.refresh().catch((error: unknown) =>
        this.logger.warn({ err: error }, 'socket slots could not be refreshed'),
      );
    }, REFRESH_MS);
    this.refresher.unref();
  }

  stop(): void {
    if (this.refresher) clearInterval(this.refresher);
  }

  /** False when the account already holds `max` sockets on all instances together. */
  async claim(userId: string, socket: WebSocket, max: number): Promise<boolean> {
    if (!this.redis) return true;
    const slot = randomUUID();
    const now = Date.now();
    let claimed: unknown;
    try {
      claimed = await this.redis.eval(
        CLAIM,
        1,
        keyOf(userId),
        now,
        now + SLOT_TTL_MS,
        max,
        slot,
        SLOT_TTL_MS,
      );
    } catch (error) {
      this.logger.warn({ err: error }, 'socket slots unavailable: admitting on the per-instance cap');
      return true;
    }
    if (claimed !== 1) return false;
    this.held.set(socket, { userId, slot });
    // The socket may have closed while Redis answered: its close already ran release().
    if (socket.readyState !== socket.OPEN) this.release(socket);
    return true;
  }

  release(socket: WebSocket): void {
    const held = this.held.get(socket);
    if (!held || !this.redis) return;
    this.held.delete(socket);
    this.redis.zrem(keyOf(held.userId), held.slot).catch((error: unknown) => {
      // It expires by itself within SLOT_TTL_MS.
      this.logger.warn({ err: error }, 'socket slot could not be released');
    });
  }

  private async refresh(): Promise<void> {
    if (!this.redis || this.held.size === 0) return;
    const expiry = Date.now() + SLOT_TTL_MS;
    const batch = this.redis.multi();
    for (const { userId, slot } of this.held.values()) {
      batch.zadd(keyOf(userId), 'XX', expiry, slot);
      batch.pexpire(keyOf(userId), SLOT_TTL_MS);
    }
    await batch.exec();
  }
}
