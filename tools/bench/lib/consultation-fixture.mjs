import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createSession } from './accounts.mjs';
import {
  PendingError,
  graphqlRequest,
  schemaFeatures,
  startApiProcess,
  startBaselineProcess,
} from './api-process.mjs';
import { BASELINE_DIR } from './paths.mjs';
import { migrate, withClient } from './postgres.mjs';
import { seedConsultations } from '../seed-consultations.mjs';

/**
 * The consultation page a participant of a CHATHAM_HOUSE consultation reads: its questions, the
 * participants as redacted for it, and the briefs with their answers, comment counts and neutral
 * attributions. 40 briefs fit the operation cost limit.
 */
export const PAGE_QUERY = `query BenchConsultationPage($id: ID!) { consultation(id: $id) {
  id title status attributionRule viewerCanSubmit participantCount convenor { name }
  questions { id prompt } participants { name }
  briefs(first: 40) { totalCount edges { node {
    id title summary status submittedAt attribution submitter { name } topics riskLevel
    answers { text } comments(first: 1) { totalCount } } } } } }`;

/** A search as the web app's brief filter runs it: the first 20 matches, in submission order. */
export const SEARCH_QUERY = `query BenchBriefSearch($id: ID!, $search: String!) { consultation(id: $id) {
  briefs(first: 20, filter: { search: $search }) { edges { node { id title } } } } }`;

/** Asks a server once and checks it is a real answer. */
export async function ask(url, cookie, query, variables) {
  const { status, body } = await graphqlRequest(url, { query, variables, cookie });
  if (status !== 200 || body.errors || !body.data?.consultation) {
    throw new Error(`${url} answered with ${status}: ${JSON.stringify(body).slice(0, 500)}`);
  }
  return body;
}

/** The page the throughput row reads: 20 submitted briefs. */
export const THROUGHPUT_BRIEFS = 20;

/**
 * Seeded consultations (pages of 10, 20 and 100 briefs, a search set), the API on them and the
 * hand-written page server. Before anything is measured both must give the same page.
 */
export function consultationFixture(ctx) {
  return ctx.once('consultations', async (shared) => {
    const database = await ctx.db.createDatabase('consultations');
    await migrate(database.url);
    const { seed, cookie } = await withClient(database.url, async (client) => {
      const seed = await seedConsultations(client, {
        pageSizes: [10, THROUGHPUT_BRIEFS, 100],
        searchBriefs: ctx.sizes.searchBriefs,
      });
      return { seed, cookie: await createSession(client, seed.viewerId, ctx.sessionSecret) };
    });
    ctx.log(`consultation data: pages of 10, 20 and 100 briefs, ${ctx.sizes.searchBriefs} briefs to search`);
    const api = await startApiProcess({
      databaseUrl: database.url,
      sessionSecret: ctx.sessionSecret,
      name: 'API (consultations)',
      inspect: ctx.profiling,
    });
    shared.onCleanup(() => api.stop());
    const features = await schemaFeatures(api.url, cookie);
    if (!features.query.has('consultation')) throw new PendingError('the API has no Query.consultation yet');
    const baseline = await startBaselineProcess(
      'consultation page baseline',
      join(BASELINE_DIR, 'consultation-page-server.mjs'),
      { DATABASE_URL: database.url, SESSION_SECRET: ctx.sessionSecret },
      { inspect: ctx.profiling },
    );
    shared.onCleanup(() => baseline.stop());
    const variables = { id: seed.pages[THROUGHPUT_BRIEFS] };
    const [fromApi, fromBaseline] = await Promise.all([
      ask(api.url, cookie, PAGE_QUERY, variables),
      ask(baseline.url, cookie, PAGE_QUERY, variables),
    ]);
    if (!isDeepStrictEqual(fromApi, fromBaseline)) {
      throw new Error(
        'the API and the baseline answer the consultation page differently, so their speeds cannot be compared:\n' +
          `API:      ${JSON.stringify(fromApi).slice(0, 800)}\nbaseline: ${JSON.stringify(fromBaseline).slice(0, 800)}`,
      );
    }
    const pageBody = JSON.stringify({ query: PAGE_QUERY, variables });
    return {
      database,
      seed,
      cookie,
      api,
      baseline,
      pageBody,
      answerBytes: Buffer.byteLength(JSON.stringify(fromApi)),
    };
  });
}
