import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBaselineProcess } from '../lib/api-process.mjs';
import { openProductDocument, openStateDocument } from '../lib/collab-clients.mjs';
import { BASELINE_DIR } from '../lib/paths.mjs';
import { cpuTimeMs, untilQuiet } from '../lib/processes.mjs';
import { documentNameOf, reviewFixture } from '../lib/review-fixture.mjs';
import { CHARACTERS_PER_PAGE } from '../lib/review-seed.mjs';
import { percentile } from '../lib/stats.mjs';

const WARMUP_OPENS = 2;
/**
 * Between two opens: the product unloads a document when its last connection closes (compacting
 * it first), so each open below loads it from the database, as the first reader of the day does.
 */
const OPEN_SPACING_MS = 200;

/** One fresh client on a fresh socket, from connect until synced; its document is checked after. */
async function timeOpen(open, expectedSections) {
  const started = performance.now();
  const client = open();
  try {
    await client.synced;
    const elapsed = performance.now() - started;
    const sections = [...client.doc.share.keys()].length;
    if (sections !== expectedSections)
      throw new Error(`synced with ${sections} sections, expected ${expectedSections}`);
    return elapsed;
  } finally {
    client.destroy();
  }
}

export default {
  id: 'review-open',
  name: (sizes) =>
    `opening a ${sizes.reviews.pages}-page report (about ${(sizes.reviews.pages * CHARACTERS_PER_PAGE).toLocaleString('en-US')} characters) until synced, median`,
  unit: 'ms',
  baseline: 'encoding the same Yjs state and sending it over `ws`',
  target: { text: '≤ 2×', meets: (ratio) => ratio <= 2 },
  async measure(ctx) {
    const fixture = await reviewFixture(ctx);
    const { opens, pages } = ctx.sizes.reviews;
    const stateFile = join(tmpdir(), `ecw-bench-review-state-${process.pid}.bin`);
    await writeFile(stateFile, fixture.states.long);
    ctx.onCleanup(() => rm(stateFile, { force: true }));
    const server = await startBaselineProcess(
      'report state baseline',
      join(BASELINE_DIR, 'yjs-state-server.mjs'),
      { STATE_FILE: stateFile },
      { inspect: ctx.profiling },
    );
    ctx.onCleanup(() => server.stop());
    const open = {
      product: () =>
        openProductDocument(fixture.api.url, documentNameOf(fixture.long.reportId), fixture.cookies[0]),
      baseline: () => openStateDocument(server.url),
    };
    const servers = { product: fixture.api, baseline: server };
    // The API served the co-editing row just before; the baseline server was started just now.
    await untilQuiet(fixture.api.pid);
    for (let round = 0; round < WARMUP_OPENS; round += 1)
      for (const side of ['product', 'baseline']) {
        await timeOpen(open[side], pages);
        await sleep(OPEN_SPACING_MS);
      }
    const times = { product: [], baseline: [] };
    const cpuMs = { product: 0, baseline: 0 };
    const measure = async () => {
      for (let round = 0; round < opens; round += 1) {
        for (const side of ['product', 'baseline']) {
          const before = cpuTimeMs(servers[side].pid);
          times[side].push(await timeOpen(open[side], pages));
          await sleep(OPEN_SPACING_MS);
          cpuMs[side] += cpuTimeMs(servers[side].pid) - before;
        }
      }
    };
    await ctx.profileDuring('review-open-api', fixture.api, () =>
      ctx.profileDuring('review-open-baseline', server, measure),
    );
    const summary = (side) => ({
      p50: percentile(times[side], 50),
      p99: percentile(times[side], 99),
      serverCpuMsPerOpen: cpuMs[side] / opens,
    });
    // The median: with 15 opens a side, p99 is the slowest one, whatever the neighbours did then.
    return {
      value: percentile(times.product, 50),
      baselineValue: percentile(times.baseline, 50),
      details: {
        pages,
        stateBytes: fixture.states.long.length,
        opens,
        product: summary('product'),
        baseline: summary('baseline'),
        times,
      },
    };
  },
};
