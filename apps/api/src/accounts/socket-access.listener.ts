import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Logger } from 'pino';
import { LOGGER } from '../core/core.module.js';
import { SocketRegistry } from '../core/graphql/socket-registry.js';
import { EventBus } from '../core/pubsub/event-bus.js';
import { EVERY_SCOPE } from '../core/pubsub/topics.js';
import { toAccessRevoked, type AccessRevoked } from './access-revocation.js';

/** Pause before listening again after the bus failed, so a broken connection does not spin. */
const RETRY_DELAY_MS = 1000;

/**
 * Open sockets follow access: on every instance, closes the subscription sockets (code 4401) that
 * were opened with a credential that has just been revoked (sign-out, revoked session or token,
 * password change or reset).
 */
@Injectable()
export class SocketAccessListener implements OnApplicationBootstrap, OnModuleDestroy {
  private events: AsyncIterableIterator<unknown> | null = null;
  private listening: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly bus: EventBus,
    private readonly sockets: SocketRegistry,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.listening = this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.events?.return?.();
    await this.listening;
  }

  private async listen(): Promise<void> {
    while (!this.stopped) {
      this.events = this.bus.subscribe('access:revoked', EVERY_SCOPE);
      try {
        for await (const event of this.events) {
          const revoked = toAccessRevoked(event);
          if (revoked) this.sockets.close(socketMatch(revoked), 'Access revoked');
        }
      } catch (error) {
        this.logger.error({ err: error }, 'listening for revoked credentials failed; listening again');
      }
      if (!this.stopped) await sleep(RETRY_DELAY_MS);
    }
  }
}

function socketMatch(revoked: AccessRevoked): { userId: string; sessionId?: string; apiTokenId?: string } {
  if ('sessionId' in revoked) return { userId: revoked.userId, sessionId: revoked.sessionId };
  if ('apiTokenId' in revoked) return { userId: revoked.userId, apiTokenId: revoked.apiTokenId };
  return { userId: revoked.userId };
}
