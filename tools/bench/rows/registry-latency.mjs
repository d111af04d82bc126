import { latencyRun } from '../lib/latency-load.mjs';
import { registryBodies, registryFixture, staleBodies } from '../lib/registry-fixture.mjs';

const CONCURRENCY = 8;

/**
 * p95 latency of a registry read at 8 concurrent clients, API beside the baseline, measured in
 * alternating slices so a noisy neighbour hits both alike. `bodiesOf` picks the requests.
 */
function latencyRow({ id, name, bodiesOf }) {
  return {
    id,
    name,
    unit: 'ms (p95)',
    baseline: 'node:http + pg, hand-written SQL, same JSON and audit writes',
    target: { text: '≤ 2×', meets: (ratio) => ratio <= 2 },
    async measure(ctx) {
      const fixture = await registryFixture(ctx);
      const bodies = bodiesOf(fixture);
      const { warmupMs, sliceMs, slices } = ctx.sizes.throughput;
      const sides = { product: fixture.api.url, baseline: fixture.baseline.url };
      for (const url of Object.values(sides))
        await latencyRun({
          url,
          cookie: fixture.cookie,
          bodies,
          concurrency: CONCURRENCY,
          durationMs: warmupMs,
        });
      const results = { product: [], baseline: [] };
      const measureSlices = async () => {
        for (let slice = 0; slice < slices; slice += 1) {
          for (const [side, url] of Object.entries(sides)) {
            results[side].push(
              await latencyRun({
                url,
                cookie: fixture.cookie,
                bodies,
                concurrency: CONCURRENCY,
                durationMs: sliceMs,
              }),
            );
          }
        }
      };
      // With --profile: CPU profiles of both servers over the measured slices.
      await ctx.profileDuring(`${id}-api`, fixture.api, () =>
        ctx.profileDuring(`${id}-baseline`, fixture.baseline, measureSlices),
      );
      // The median slice's p95: one slice disturbed by the shared machine does not decide the row.
      const middle = (runs) => runs.map((run) => run.p95).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
      return {
        value: middle(results.product),
        baselineValue: middle(results.baseline),
        details: { concurrency: CONCURRENCY, slices: results },
      };
    },
  };
}

export const registryContactsLatency = latencyRow({
  id: 'registry-contacts-latency',
  name: 'relationship.contacts (both sides, first 100) over 10,000 contacts in 500 relationships, p95 at 8 concurrent clients',
  bodiesOf: registryBodies,
});

export const staleContactsLatency = latencyRow({
  id: 'stale-contacts-latency',
  name: 'staleContacts(organizationId) over 10,000 contacts in 500 relationships, p95 at 8 concurrent clients',
  bodiesOf: staleBodies,
});
