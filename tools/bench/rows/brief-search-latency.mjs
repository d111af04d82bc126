import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { alternatingMedianP95 } from '../lib/latency-load.mjs';
import { consultationFixture } from '../lib/consultation-fixture.mjs';
import { startInProcessSearch } from '../lib/in-process-search.mjs';
import { percentile } from '../lib/stats.mjs';
import { withClient } from '../lib/postgres.mjs';

const CONCURRENCY = 8;

/** The API's search predicate, by hand: the same tsquery on the same GIN-indexed column. */
const SEARCH_SQL = `SELECT b.id, b.title FROM context_briefs b
  WHERE b.consultation_id = $1 AND b.search_vector @@ (websearch_to_tsquery('simple', $2)
    || websearch_to_tsquery(brief_search_config(ARRAY['en']::text[]), $2))
  ORDER BY b.submitted_at, b.id LIMIT 21`;

/** The same closed loop as latencyRun, through a pg pool straight to PostgreSQL. */
async function sqlLatencyRun({ databaseUrl, values, concurrency, durationMs }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: concurrency });
  const latencies = [];
  const deadline = performance.now() + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      const { rows } = await pool.query(SEARCH_SQL, values);
      if (rows.length === 0) throw new Error('the hand-written search found nothing');
      latencies.push(performance.now() - started);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await pool.end();
  }
  return { requests: latencies.length, p95: percentile(latencies, 95), p50: percentile(latencies, 50) };
}

/** Refuses to measure unless the API and the hand-written statement find the same 20 briefs, in the same order. */
async function sameMatches(databaseUrl, values, fromApi) {
  const { rows } = await withClient(databaseUrl, (client) => client.query(SEARCH_SQL, values));
  const byHand = rows.slice(0, 20).map((row) => ({ id: row.id, title: row.title }));
  if (fromApi.length !== 20 || !isDeepStrictEqual(fromApi, byHand)) {
    throw new Error(
      'the API and the hand-written search answer differently, so their speeds cannot be compared:\n' +
        `API:      ${JSON.stringify(fromApi).slice(0, 400)}\nbaseline: ${JSON.stringify(byHand).slice(0, 400)}`,
    );
  }
}

/**
 * p95 of a full-text search over ~2 KB briefs at 8 concurrent searches: the API's search as its
 * `briefs` field runs it (session, the viewer's standing, the scoped page statement, the redacted
 * output), in the API's own process, beside the same tsquery run by hand through pg, in
 * alternating slices. The HTTP and GraphQL layers are measured by brief-search-http-latency,
 * against a baseline that has them too.
 */
export default {
  id: 'brief-search-latency',
  name: 'full-text search over the briefs of a consultation (first 20 matches, in the API process), p95 at 8 concurrent searches',
  unit: 'ms (p95)',
  baseline: 'the same tsquery by hand through pg',
  target: { text: '≤ 2×', meets: (ratio) => ratio <= 2 },
  async measure(ctx) {
    const fixture = await consultationFixture(ctx);
    const { searchConsultationId: id, searchWords: search } = fixture.seed;
    const inProcess = await startInProcessSearch({
      databaseUrl: fixture.database.url,
      sessionSecret: ctx.sessionSecret,
      secret: fixture.cookie.slice(fixture.cookie.indexOf('=') + 1),
      consultationId: id,
      search,
    });
    try {
      await sameMatches(fixture.database.url, [id, search], await inProcess.searchOnce());
      const run = {
        product: (durationMs) => inProcess.load(durationMs, CONCURRENCY),
        baseline: (durationMs) =>
          sqlLatencyRun({
            databaseUrl: fixture.database.url,
            values: [id, search],
            concurrency: CONCURRENCY,
            durationMs,
          }),
      };
      const { value, baselineValue, slices } = await alternatingMedianP95(run, ctx.sizes.throughput);
      return {
        value,
        baselineValue,
        details: {
          concurrency: CONCURRENCY,
          briefs: ctx.sizes.searchBriefs,
          matches: fixture.seed.searchMatches,
          slices,
        },
      };
    } finally {
      await inProcess.stop();
    }
  },
};
