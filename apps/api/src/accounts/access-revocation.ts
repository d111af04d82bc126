import { Inject, Injectable } from '@nestjs/common';
import { type Logger } from 'pino';
import { LOGGER } from '../core/core.module.js';
import { EventBus } from '../core/pubsub/event-bus.js';
import { EVERY_SCOPE } from '../core/pubsub/topics.js';

/** A credential that stopped working: one session, one API token, or (neither given) all of an account's. */
export type AccessRevoked = { userId: string } & (
  { sessionId: string } | { apiTokenId: string } | { allCredentials: true }
);

/**
 * Announces revoked credentials after the change is committed, so open sockets using them close
 * everywhere. A failed announcement is logged, not thrown: the revocation itself is done (HTTP
 * refuses the credential at once, and subscriptions re-check access before each delivery).
 */
@Injectable()
export class AccessRevocations {
  constructor(
    private readonly events: EventBus,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async announce(revoked: readonly AccessRevoked[]): Promise<void> {
    const published = await Promise.allSettled(
      revoked.map((event) => this.events.publish('access:revoked', EVERY_SCOPE, event)),
    );
    const failed = published.filter((result) => result.status === 'rejected');
    if (failed.length > 0) {
      this.logger.error(
        { err: failed[0]?.reason, failed: failed.length },
        'announcing revoked credentials failed; open sockets stay until re-checked',
      );
    }
  }
}

/** Reads an event off the bus defensively: it crossed Redis as JSON. */
export function toAccessRevoked(value: unknown): AccessRevoked | null {
  if (typeof value !== 'object' || value === null) return null;
  const { userId, sessionId, apiTokenId, allCredentials } = value as Record<string, unknown>;
  if (typeof userId !== 'string') return null;
  if (typeof sessionId === 'string') return { userId, sessionId };
  if (typeof apiTokenId === 'string') return { userId, apiTokenId };
  return allCredentials === true ? { userId, allCredentials } : null;
}
