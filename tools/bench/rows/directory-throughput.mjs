import {
  assertServersRunning,
  directoryFixture,
  directoryRequest,
  PAGE_SIZE,
} from '../lib/directory-fixture.mjs';
import { HttpLoad } from '../lib/http-load.mjs';
import { cpuTimeMs } from '../lib/processes.mjs';

/**
 * Requests per second of the directory query at 16 concurrent keep-alive clients, API beside the
 * baseline. Both are warmed up, then measured in alternating slices (API, baseline, API, ...) so a
 * noisy neighbour on the shared machine hits both alike.
 */
export default {
  id: 'directory-throughput',
  name: `organisations directory (first: ${PAGE_SIZE}, member counts, viewer role) over HTTP at 16 concurrent clients`,
  unit: 'requests/s',
  baseline: 'node:http + pg, hand-written SQL, same JSON',
  target: { text: '≥ 0.5×', meets: (ratio) => ratio >= 0.5 },
  async measure(ctx) {
    const fixture = await directoryFixture(ctx);
    const servers = [
      {
        side: 'product',
        pid: fixture.api.pid,
        load: new HttpLoad(directoryRequest(fixture, fixture.api.url)),
      },
      {
        side: 'baseline',
        pid: fixture.baseline.pid,
        load: new HttpLoad(directoryRequest(fixture, fixture.baseline.url)),
      },
    ];
    const { warmupMs, sliceMs, slices } = ctx.sizes.throughput;
    try {
      for (const server of servers) await server.load.run({ durationMs: warmupMs });
      const totals = {
        product: { requests: 0, ms: 0, cpuMs: 0 },
        baseline: { requests: 0, ms: 0, cpuMs: 0 },
      };
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
      await ctx.profileDuring('directory-throughput-api', fixture.api, () =>
        ctx.profileDuring('directory-throughput-baseline', fixture.baseline, measure),
      );
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
          dataSet: fixture.seed,
        },
      };
    } catch (error) {
      assertServersRunning(fixture);
      throw error;
    } finally {
      for (const server of servers) server.load.close();
    }
  },
};
