import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type Logger } from 'pino';
import { LOGGER } from '../../core/core.module.js';
import { StaleContactsService } from './stale-contacts.service.js';

const DAY_MS = 86_400_000;
/**
 * The first run waits a few minutes after start: a rolling restart of N instances then does not
 * start N runs at once (they would be harmless anyway: see `markStale`).
 */
const FIRST_RUN_AFTER_MS = 5 * 60_000;

/** Runs `markStale` once a day on every instance; the advisory lock lets one of them do the work. */
@Injectable()
export class StaleContactsJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly stale: StaleContactsService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(FIRST_RUN_AFTER_MS);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => void this.runOnce(), delayMs);
    // A pending daily run must never keep a stopping process alive.
    this.timer.unref();
  }

  private async runOnce(): Promise<void> {
    try {
      const run = await this.stale.markStale(new Date());
      if (run.ran) this.logger.info({ marked: run.marked }, 'stale contacts marked');
    } catch (error) {
      this.logger.error({ err: error }, 'the stale contacts job failed; it runs again tomorrow');
    } finally {
      if (this.timer) this.schedule(DAY_MS);
    }
  }
}
