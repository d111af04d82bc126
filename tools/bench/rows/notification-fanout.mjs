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
 * SQL statements the API runs for one notification to all subscribers (one more round, after the
 * measured ones), when statements can be counted server-side; null otherwise.
 */
async function countStatements(ctx, bench) {
  if (!ctx.sizes.fanout.countStatements) return null;
  const counter = await ctx.statementCounter();
  if (counter.apiUrl(bench.database.url) !== bench.database.url) return null;
  await sleep(ROUND_SPACING_MS);
  const { statements, queries } = await counter.count(bench.database.name, () =>
    bench.round('product', 60_000),
  );
  return { statements, queries };
}

export default {
  id: 'notification-fanout',
  name: (sizes) =>
    `one notification to ${sizes.subscribers.toLocaleString('en-US')} graphql-ws subscribers: p99 time until all have it`,
  unit: 'ms',
  baseline: 'raw ws server broadcasting the same payload',
  target: { text: '≤ 1.5×', meets: (ratio) => ratio <= 1.5 },
  async measure(ctx) {
    const bench = await subscriptionFixture(ctx);
    await bench.opened();
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
          const latencies = await bench.round(side, 60_000);
          cpuMs[side] += cpuTimeMs(pid) - cpuBefore;
          untilAll[side].push(Math.max(...latencies));
          perSubscriber[side].push(...latencies);
          await sleep(100);
        }
        const wait = ROUND_SPACING_MS - (performance.now() - started);
        if (round < rounds - 1 && wait > 0) await sleep(wait);
      }
    };
    await ctx.profileDuring('notification-fanout-api', bench.api, () =>
      ctx.profileDuring('notification-fanout-baseline', bench.baseline, measure),
    );
    const statementsPerNotification = await countStatements(ctx, bench);
    const summary = (side) => ({
      serverCpuMsPerNotification: cpuMs[side] / rounds,
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
        statementsPerNotification,
        product: summary('product'),
        baseline: summary('baseline'),
        untilAll,
      },
    };
  },
};
