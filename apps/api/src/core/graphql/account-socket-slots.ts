import { randomUUID } from 'node:crypto';
import { type Redis } from 'ioredis';
import { type Logger } from 'pino';
import { type WebSocket } from 'ws';
import { StaggeredPass } from './staggered-pass.js';

/** A slot outlives its instance by at most this long (a crashed instance's sockets are gone). */
const SLOT_TTL_MS = 60_000;
const REFRESH_MS = SLOT_TTL_MS / 3;
/** Each slot is refreshed once per REFRESH_MS, a twentieth of them each second (see StaggeredPass). */
const REFRESH_PHASES = 20;

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
  private readonly refreshes = new StaggeredPass<WebSocket>(REFRESH_MS, REFRESH_PHASES, (due) =>
    this.refreshInTurn(due),
  );
  /** While refreshes fail (Redis down) the failure is logged once, not once a second. */
  private refreshFailing = false;

  constructor(
    private readonly redis: Redis | null,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.redis) this.refreshes.start();
  }

  stop(): void {
    this.refreshes.stop();
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
    this.refreshes.add(socket);
    // The socket may have closed while Redis answered: its close already ran release().
    if (socket.readyState !== socket.OPEN) this.release(socket);
    return true;
  }

  release(socket: WebSocket): void {
    const held = this.held.get(socket);
    if (!held || !this.redis) return;
    this.held.delete(socket);
    this.refreshes.delete(socket);
    this.redis.zrem(keyOf(held.userId), held.slot).catch((error: unknown) => {
      // It expires by itself within SLOT_TTL_MS.
      this.logger.warn({ err: error }, 'socket slot could not be released');
    });
  }

  private refreshInTurn(due: ReadonlySet<WebSocket>): void {
    this.refresh(due).then(
      () => (this.refreshFailing = false),
      (error: unknown) => {
        if (!this.refreshFailing) this.logger.warn({ err: error }, 'socket slots could not be refreshed');
        this.refreshFailing = true;
      },
    );
  }

  /** Pushes the expiry of the due sockets' slots: one command per account, not one per socket. */
  private async refresh(due: ReadonlySet<WebSocket>): Promise<void> {
    if (!this.redis) return;
    const expiry = Date.now() + SLOT_TTL_MS;
    const byAccount = new Map<string, (number | string)[]>();
    for (const socket of due) {
      const held = this.held.get(socket);
      if (!held) continue;
      const scored = byAccount.get(held.userId) ?? [];
      scored.push(expiry, held.slot);
      byAccount.set(held.userId, scored);
    }
    const batch = this.redis.pipeline();
    for (const [userId, scored] of byAccount) {
      // XX: a slot released meanwhile (or dropped as expired) is not brought back.
      batch.zadd(keyOf(userId), 'XX', ...scored);
      batch.pexpire(keyOf(userId), SLOT_TTL_MS);
    }
    const results = (await batch.exec()) ?? [];
    const failed = results.find(([error]) => error);
    if (failed) throw failed[0];
  }
}
