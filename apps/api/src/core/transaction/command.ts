import { type Logger } from 'pino';
import { type DataSource, type EntityManager } from 'typeorm';
import { announceAll, type Announcement } from './announcements.js';

/**
 * Commands (Outline's `server/commands/` style) take who acts and the transaction to work in,
 * `{ actor, manager, ...args }`, plus their own arguments. A command never opens a transaction and
 * never announces: the caller composes several commands in one transaction (`inTransaction`) and
 * announces after commit.
 */

/** A command's result, and what to announce once its transaction has committed. */
export interface Outcome<T> {
  result: T;
  announcements: Announcement[];
}

/**
 * Runs `work` in one transaction; after it commits (and only then) runs the announcements it
 * collected. A rolled-back transaction announces nothing.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  logger: Logger,
  work: (manager: EntityManager) => Promise<Outcome<T>>,
): Promise<T> {
  const { result, announcements } = await dataSource.transaction(work);
  await announceAll(announcements, logger);
  return result;
}
