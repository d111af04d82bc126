import { type Logger } from 'pino';

/** A notification stored in a transaction, to be announced once that transaction has committed. */
export type Announcement = () => Promise<void>;

/**
 * Announces what a committed transaction stored. Pub/sub is at-most-once and the change itself has
 * already happened, so a failed announcement is logged rather than turned into a failed mutation.
 */
export async function announceAll(announcements: Announcement[], logger: Logger): Promise<void> {
  const results = await Promise.allSettled(announcements.map((announce) => announce()));
  for (const result of results) {
    if (result.status === 'rejected') {
      logger.warn({ err: result.reason }, 'a notification could not be announced');
    }
  }
}
