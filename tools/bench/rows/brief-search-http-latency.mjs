import { isDeepStrictEqual } from 'node:util';
import { ask, consultationFixture, SEARCH_QUERY } from '../lib/consultation-fixture.mjs';
import { alternatingMedianP95, latencyRun } from '../lib/latency-load.mjs';

const CONCURRENCY = 8;

/**
 * The companion of brief-search-latency. That row's baseline, as issue 9 defines it, is the tsquery
 * alone through pg: no HTTP, no session, no policy, so the API's fixed cost per request (a few ms of
 * CPU) decides its ratio whatever the search costs. Here the baseline is the smallest honest server
 * giving the same answer over HTTP, as for every other read row: node:http + pg, the same session
 * cookie checked the same way, the viewer's standing, the same visibility and the same tsquery
 * (tools/bench/baseline/consultation-page-server.mjs). Same closed loop, alternating slices.
 */
export default {
  id: 'brief-search-http-latency',
  name: 'full-text search over the briefs of a consultation (first 20 matches) over HTTP, p95 at 8 concurrent clients',
  unit: 'ms (p95)',
  baseline: 'node:http + pg, hand-written SQL, same session check, visibility and JSON',
  target: { text: '≤ 2×', meets: (ratio) => ratio <= 2 },
  async measure(ctx) {
    const fixture = await consultationFixture(ctx);
    const { searchConsultationId: id, searchWords: search } = fixture.seed;
    const [fromApi, fromBaseline] = await Promise.all(
      [fixture.api.url, fixture.baseline.url].map((url) =>
        ask(url, fixture.cookie, SEARCH_QUERY, { id, search }),
      ),
    );
    if (
      fromApi.data.consultation.briefs.edges.length !== 20 ||
      !isDeepStrictEqual(fromApi.data, fromBaseline.data)
    ) {
      throw new Error(
        'the API and the baseline search answer differently, so their speeds cannot be compared:\n' +
          `API:      ${JSON.stringify(fromApi).slice(0, 400)}\nbaseline: ${JSON.stringify(fromBaseline).slice(0, 400)}`,
      );
    }
    const bodies = [JSON.stringify({ query: SEARCH_QUERY, variables: { id, search } })];
    const run = (url) => (durationMs) =>
      latencyRun({ url, cookie: fixture.cookie, bodies, concurrency: CONCURRENCY, durationMs });
    const sides = { product: run(fixture.api.url), baseline: run(fixture.baseline.url) };
    // With --profile: CPU profiles of both servers over the warm-up and the measured slices.
    const { value, baselineValue, slices } = await ctx.profileDuring(
      'brief-search-http-api',
      fixture.api,
      () =>
        ctx.profileDuring('brief-search-http-baseline', fixture.baseline, () =>
          alternatingMedianP95(sides, ctx.sizes.throughput),
        ),
    );
    return {
      value,
      baselineValue,
      details: { concurrency: CONCURRENCY, briefs: ctx.sizes.searchBriefs, slices },
    };
  },
};
