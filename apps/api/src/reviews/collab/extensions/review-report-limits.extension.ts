import { type beforeHandleMessagePayload, type Connection, type Extension } from '@hocuspocus/server';
import { TokenBucket } from 'limiter';
import { COLLAB_CLOSE } from '../collab-context.js';
import { yjsUpdateOf } from '../incoming-update.js';

export const COLLAB_LIMITS = {
  /** Largest WebSocket message accepted at all; above it the socket itself is closed (1009). */
  maxMessageBytes: 16 * 1024 * 1024,
  /** Largest single Yjs update: a paste of a long report fits, a 10 MB blob does not. */
  maxUpdateBytes: 2 * 1024 * 1024,
  /** Messages per connection: a burst, then a steady rate (typing sends tens per second at most). */
  burstMessages: 300,
  messagesPerSecond: 100,
} as const;

/**
 * Size and rate limits for every message, before persistence sees it. A refused message ends that
 * document's connection (the client is told why); the WebSocket itself stays open, so the client's
 * other documents, and a fresh attempt on this one, keep working.
 */
export class ReviewReportLimitsExtension implements Extension {
  extensionName = 'review-report-limits';
  // Runs before persistence: nothing refused here is ever stored.
  priority = 200;
  private readonly buckets = new WeakMap<Connection, TokenBucket>();

  async beforeHandleMessage({ connection, update }: beforeHandleMessagePayload): Promise<void> {
    if (!this.take(connection)) throw COLLAB_CLOSE.tooFast;
    const yjsUpdate = yjsUpdateOf(update);
    if (yjsUpdate && yjsUpdate.length > COLLAB_LIMITS.maxUpdateBytes) throw COLLAB_CLOSE.tooLarge;
  }

  private take(connection: Connection): boolean {
    let bucket = this.buckets.get(connection);
    if (!bucket) {
      bucket = new TokenBucket({
        bucketSize: COLLAB_LIMITS.burstMessages,
        tokensPerInterval: COLLAB_LIMITS.messagesPerSecond,
        interval: 'second',
      });
      bucket.content = COLLAB_LIMITS.burstMessages; // a connection starts with its burst
      this.buckets.set(connection, bucket);
    }
    return bucket.tryRemoveTokens(1);
  }
}
