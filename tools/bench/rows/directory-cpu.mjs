import {
  assertServersRunning,
  directoryFixture,
  directoryRequest,
  PAGE_SIZE,
} from '../lib/directory-fixture.mjs';
import { HttpLoad } from '../lib/http-load.mjs';
import { CPU_TICK_MS, cpuTimeMs } from '../lib/processes.mjs';

/**
 * Server CPU time (user + system, every thread: what process.cpuUsage() would say inside it) per
 * directory request, read from /proc/<pid>/stat around a fixed number of requests. The same count
 * goes to both servers, in alternating batches; PostgreSQL's own CPU is not in either figure.
 */
export default {
  id: 'directory-cpu',
  name: `server CPU time per directory request (first: ${PAGE_SIZE})`,
  unit: 'ms CPU/request',
  baseline: 'the same baseline server',
  target: { text: '≤ 3×', meets: (ratio) => ratio <= 3 },
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
    const { requests, batches, warmupRequests } = ctx.sizes.cpu;
    const totals = { product: { cpuMs: 0, requests: 0 }, baseline: { cpuMs: 0, requests: 0 } };
    try {
      for (const server of servers)
        await server.load.run({ durationMs: 60_000, maxRequests: warmupRequests });
      const measure = async () => {
        for (let batch = 0; batch < batches; batch += 1) {
          for (const server of servers) {
            const before = cpuTimeMs(server.pid);
            const run = await server.load.run({ durationMs: 120_000, maxRequests: requests });
            if (run.requests !== requests)
              throw new Error(`only ${run.requests} of ${requests} requests finished in time`);
            totals[server.side].cpuMs += cpuTimeMs(server.pid) - before;
            totals[server.side].requests += run.requests;
          }
        }
      };
      await ctx.profileDuring('directory-cpu-api', fixture.api, () =>
        ctx.profileDuring('directory-cpu-baseline', fixture.baseline, measure),
      );
    } catch (error) {
      assertServersRunning(fixture);
      throw error;
    } finally {
      for (const server of servers) server.load.close();
    }
    if (totals.baseline.cpuMs < 20 * CPU_TICK_MS) {
      ctx.warn(
        `directory-cpu: the baseline used only ${totals.baseline.cpuMs} ms CPU: too few requests for ${CPU_TICK_MS} ms clock ticks`,
      );
    }
    return {
      value: totals.product.cpuMs / totals.product.requests,
      baselineValue: totals.baseline.cpuMs / totals.baseline.requests,
      details: {
        requestsEach: totals.product.requests,
        cpuMs: { product: totals.product.cpuMs, baseline: totals.baseline.cpuMs },
        clockTickMs: CPU_TICK_MS,
      },
    };
  },
};
