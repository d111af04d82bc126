import { setTimeout as wait } from 'node:timers/promises';
import { type Logger } from 'pino';
import { type EmbeddedServer } from './embedded-postgres.js';

export interface SupervisionOptions {
  logger: Logger;
  /** The server cannot be brought back: the API must exit non-zero so that its own supervisor restarts it. */
  onGiveUp(reason: string): void;
  /** How often the server's process is looked at. */
  checkEveryMs?: number;
  /** Waits before each restart attempt; when they are used up the supervisor gives up. */
  backOffMs?: readonly number[];
  /** More crashes than there are back-off steps within this window is a crash loop: give up too. */
  crashWindowMs?: number;
}

export interface EmbeddedSupervision {
  /** Ends supervision (a stop is not a crash), then stops the server. */
  stop(): Promise<void>;
}

const DEFAULT_BACK_OFF_MS = [250, 1_000, 2_000, 4_000, 8_000];

/**
 * Keeps the embedded PostgreSQL running under the API. Without it, a server killed by `kill -9` or
 * the OOM killer left the API up and unready for good. When the server's process is gone it is
 * started again on the same port and files (PostgreSQL replays its write-ahead log, so every
 * committed transaction is back), after a growing wait: the old server's children must first let
 * go of its shared memory. When it will not come back, or keeps dying, the API gives up and exits.
 */
export function superviseEmbeddedPostgres(
  database: EmbeddedServer,
  options: SupervisionOptions,
): EmbeddedSupervision {
  const {
    logger,
    onGiveUp,
    checkEveryMs = 500,
    backOffMs = DEFAULT_BACK_OFF_MS,
    crashWindowMs = 10 * 60_000,
  } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let checking: Promise<void> = Promise.resolve();
  const stopping = new AbortController();
  const crashes: number[] = [];

  const restart = async (): Promise<boolean> => {
    for (const [attempt, waitMs] of backOffMs.entries()) {
      await wait(waitMs, undefined, { signal: stopping.signal }).catch(() => undefined);
      if (stopped) return false;
      try {
        await database.restart();
        logger.warn({ attempt: attempt + 1 }, 'embedded PostgreSQL restarted');
        return true;
      } catch (error) {
        logger.warn({ attempt: attempt + 1, err: error }, 'embedded PostgreSQL did not restart yet');
      }
    }
    return false;
  };

  const check = async (): Promise<void> => {
    if (stopped || (await database.runningPid()) !== null || stopped) return schedule();
    const now = Date.now();
    crashes.push(now);
    while ((crashes[0] ?? now) < now - crashWindowMs) crashes.shift();
    logger.error(
      { crashesInWindow: crashes.length },
      'embedded PostgreSQL exited unexpectedly (its process is gone): restarting it',
    );
    if (crashes.length > backOffMs.length) {
      return onGiveUp(
        `embedded PostgreSQL crashed ${crashes.length} times within ${Math.round(crashWindowMs / 1000)} s`,
      );
    }
    if (await restart()) return schedule();
    if (!stopped) onGiveUp(`embedded PostgreSQL did not restart after ${backOffMs.length} attempts`);
  };

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => (checking = check()), checkEveryMs);
    timer.unref(); // supervision alone does not keep a process alive
  }
  schedule();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      stopping.abort();
      await checking; // a restart in flight finishes first, so the server it starts is stopped too
      await database.stop();
    },
  };
}
