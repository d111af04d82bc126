import { consultationFixture, THROUGHPUT_BRIEFS } from '../lib/consultation-fixture.mjs';
import { HttpLoad } from '../lib/http-load.mjs';
import { cpuTimeMs } from '../lib/processes.mjs';

/**
 * Requests per second of the consultation page (20 submitted briefs with answers, comment counts,
 * redacted participants, as a participant of a CHATHAM_HOUSE consultation) at 16 concurrent
 * keep-alive clients, API beside the hand-written server. Both are warmed up, then measured in
 * alternating slices so a noisy neighbour on the shared machine hits both alike.
 */
export default {
  id: 'consultation-page-throughput',
  name: `consultation page (${THROUGHPUT_BRIEFS} briefs with answers, comment counts, redacted) as a Chatham House participant over HTTP at 16 concurrent clients`,
  unit: 'requests/s',
  baseline: 'node:http + pg, hand-written SQL, same JSON and redaction',
  target: { text: '≥ 0.5×', meets: (ratio) => ratio >= 0.5 },
  async measure(ctx) {
    const fixture = await consultationFixture(ctx);
    const request = (url) => ({
      url,
      path: '/graphql',
      headers: { 'content-type': 'application/json', cookie: fixture.cookie },
      body: fixture.pageBody,
      concurrency: 16,
    });
    const servers = [
      { side: 'product', pid: fixture.api.pid, load: new HttpLoad(request(fixture.api.url)) },
      { side: 'baseline', pid: fixture.baseline.pid, load: new HttpLoad(request(fixture.baseline.url)) },
    ];
    const { warmupMs, sliceMs, slices } = ctx.sizes.throughput;
    const totals = {
      product: { requests: 0, ms: 0, cpuMs: 0 },
      baseline: { requests: 0, ms: 0, cpuMs: 0 },
    };
    try {
      for (const server of servers) await server.load.run({ durationMs: warmupMs });
      const measure = async () => {
        for (let slice = 0; slice < slices; slice += 1) {
          for (const server of servers) {
            const cpuBefore = cpuTimeMs(server.pid);
            const { requests, elapsedMs } = await server.load.run({ durationMs: sliceMs });
            const total = totals[server.side];
            total.requests += requests;
            total.ms += elapsedMs;
            total.cpuMs += cpuTimeMs(server.pid) - cpuBefore;
          }
        }
      };
      await ctx.profileDuring('consultation-page-api', fixture.api, () =>
        ctx.profileDuring('consultation-page-baseline', fixture.baseline, measure),
      );
    } finally {
      for (const server of servers) server.load.close();
    }
    const perSecond = (side) => (totals[side].requests * 1000) / totals[side].ms;
    return {
      value: perSecond('product'),
      baselineValue: perSecond('baseline'),
      details: {
        slices,
        sliceMs,
        requests: { product: totals.product.requests, baseline: totals.baseline.requests },
        cpuMsPerRequestUnderLoad: {
          product: totals.product.cpuMs / totals.product.requests,
          baseline: totals.baseline.cpuMs / totals.baseline.requests,
        },
        answerBytes: fixture.answerBytes,
      },
    };
  },
};
