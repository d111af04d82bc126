import { startApiProcess } from './api-process.mjs';
import { migrate, withClient } from './postgres.mjs';
import { coEditedState, longReportState, seedReviews, storeDocument } from './review-seed.mjs';

/** The Yjs document name of a report at /collab (reviews/collab/document-name.ts). */
export const documentNameOf = (reportId) => `review-report.${reportId}`;

/**
 * The API (one instance, no REDIS_URL) with the review rows' data: editors signed in as MEMBERs of
 * a co-author organisation, a one-section report they co-edit, and a long report of `pages` pages
 * stored as a compacted snapshot. The encoded states are kept so the baselines start from the same.
 */
export function reviewFixture(ctx) {
  return ctx.once('reviews', async (shared) => {
    const { editors, pages } = ctx.sizes.reviews;
    const database = await ctx.db.createDatabase('reviews');
    await migrate(database.url);
    const seeded = await withClient(database.url, async (client) => {
      const seed = await seedReviews(client, { editors, pages, sessionSecret: ctx.sessionSecret });
      const coEdited = coEditedState(seed.coEdited.sectionIds[0], editors);
      const long = longReportState(seed.long.sectionIds);
      await storeDocument(client, seed.coEdited.reportId, coEdited);
      await storeDocument(client, seed.long.reportId, long);
      return { ...seed, states: { coEdited, long } };
    });
    const api = await startApiProcess({
      inspect: ctx.profiling,
      databaseUrl: database.url,
      sessionSecret: ctx.sessionSecret,
      name: 'API (reviews)',
    });
    shared.onCleanup(() => api.stop());
    return { api, databaseUrl: database.url, ...seeded };
  });
}
