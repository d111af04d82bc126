import { setTimeout as sleep } from 'node:timers/promises';
import { subscriptionFixture } from '../lib/subscription-fixture.mjs';
import { cpuTimeMs } from '../lib/processes.mjs';
import { percentile } from '../lib/stats.mjs';

/**
 * Until the notification reached every one of them: rounds spaced more than 2 s apart because the
 * API re-checks each subscriber's session before a delivery at most every 2 s (cachedCheck), and a
 * single notification in real use pays that check. Clients run in the bench process for both sides.
 */
const ROUND_SPACING_MS = 2_100;

/**
 * SQL statements the API runs for one event to all subscribers (one more round, after the
 * measured ones), when statements can be counted server-side; null otherwise.
 */
async function countStatements(ctx, bench, kind) {
  if (!ctx.sizes.fanout.countStatements) return null;
  const counter = await ctx.statementCounter();
  if (counter.apiUrl(bench.database.url) !== bench.database.url) return null;
  await sleep(ROUND_SPACING_MS);
  const { statements, queries } = await counter.count(bench.database.name, () =>
    bench.round('product', 60_000, kind),
  );
  return { statements, queries };
}

/**
 * A fan-out row: one event of `kind` ('notifications', 'contacts', 'briefs': see subscriptionFixture)
 * to every open socket, against the raw `ws` broadcast of the same payload.
 */
export function fanoutRow({ id, kind, event }) {
  return {
    id,
    name: (sizes) =>
      `${event} to ${sizes.subscribers.toLocaleString('en-US')} graphql-ws subscribers: p99 time until all have it`,
    unit: 'ms',
    baseline: 'raw ws server broadcasting the same payload',
    target: { text: '≤ 1.5×', meets: (ratio) => ratio <= 1.5 },
    measure: (ctx) => measureFanout(ctx, id, kind),
  };
}

export default fanoutRow({
  id: 'notification-fanout',
  kind: 'notifications',
  event: 'one notification',
});

async function measureFanout(ctx, id, kind) {
  const bench = await subscriptionFixture(ctx);
  if (kind === 'notifications') await bench.opened();
  else await bench.live(kind);
  const { rounds } = ctx.sizes.fanout;
  const untilAll = { product: [], baseline: [] };
  const perSubscriber = { product: [], baseline: [] };
  const cpuMs = { product: 0, baseline: 0 };
  const measure = async () => {
    for (let round = 0; round < rounds; round += 1) {
      const started = performance.now();
      for (const side of ['product', 'baseline']) {
        const pid = side === 'product' ? bench.api.pid : bench.baseline.pid;
        const cpuBefore = cpuTimeMs(pid);
        const latencies = await bench.round(side, 60_000, kind);
        cpuMs[side] += cpuTimeMs(pid) - cpuBefore;
        untilAll[side].push(Math.max(...latencies));
        perSubscriber[side].push(...latencies);
        await sleep(100);
      }
      const wait = ROUND_SPACING_MS - (performance.now() - started);
      if (round < rounds - 1 && wait > 0) await sleep(wait);
    }
  };
  await ctx.profileDuring(`${id}-api`, bench.api, () =>
    ctx.profileDuring(`${id}-baseline`, bench.baseline, measure),
  );
  const statementsPerEvent = await countStatements(ctx, bench, kind);
  const summary = (side) => ({
    serverCpuMsPerEvent: cpuMs[side] / rounds,
    untilAllP50: percentile(untilAll[side], 50),
    untilAllP99: percentile(untilAll[side], 99),
    perSubscriberP50: percentile(perSubscriber[side], 50),
    perSubscriberP99: percentile(perSubscriber[side], 99),
  });
  return {
    value: percentile(untilAll.product, 99),
    baselineValue: percentile(untilAll.baseline, 99),
    details: {
      subscribers: bench.count,
      rounds,
      statementsPerEvent,
      product: summary('product'),
      baseline: summary('baseline'),
      untilAll,
    },
  };
}
