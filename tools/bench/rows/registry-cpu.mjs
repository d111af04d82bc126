import { HttpLoad } from '../lib/http-load.mjs';
import { CPU_TICK_MS, cpuTimeMs } from '../lib/processes.mjs';
import { registryBodies, registryFixture } from '../lib/registry-fixture.mjs';

const CONCURRENCY = 8;

/**
 * Server CPU time per `relationship.contacts` request (the registry latency row's request), read
 * from /proc/<pid>/stat around a fixed number of requests, in alternating batches: on a loaded
 * machine it moves far less than p95 latency, so it shows what a change to the read path saves.
 */
export default {
  id: 'registry-contacts-cpu',
  name: 'server CPU time per relationship.contacts request (both sides, 20 contacts)',
  unit: 'ms CPU/request',
  baseline: 'the registry baseline server',
  target: { text: '≤ 2×', meets: (ratio) => ratio <= 2 },
  uses: ['registry'],
  async measure(ctx) {
    const fixture = await registryFixture(ctx);
    const [body] = registryBodies(fixture);
    const request = (url) => ({
      url,
      path: '/graphql',
      headers: { 'content-type': 'application/json', cookie: fixture.cookie },
      body,
      concurrency: CONCURRENCY,
    });
    const servers = [
      { side: 'product', pid: fixture.api.pid, load: new HttpLoad(request(fixture.api.url)) },
      { side: 'baseline', pid: fixture.baseline.pid, load: new HttpLoad(request(fixture.baseline.url)) },
    ];
    const { requests, batches, warmupRequests } = ctx.sizes.cpu;
    const totals = { product: { cpuMs: 0, requests: 0 }, baseline: { cpuMs: 0, requests: 0 } };
    try {
      for (const server of servers)
        await server.load.run({ durationMs: 60_000, maxRequests: warmupRequests });
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
    } finally {
      for (const server of servers) server.load.close();
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
