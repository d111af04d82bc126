import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as Y from 'yjs';
import { startBaselineProcess } from '../lib/api-process.mjs';
import { openProductDocument, openRelayDocument } from '../lib/collab-clients.mjs';
import { BASELINE_DIR } from '../lib/paths.mjs';
import { cpuTimeMs } from '../lib/processes.mjs';
import { documentNameOf, reviewFixture } from '../lib/review-fixture.mjs';
import { percentile } from '../lib/stats.mjs';

/** Between two keystrokes of the room: 20 people typing 5 keys a second each. */
const KEYSTROKE_SPACING_MS = 10;
const WARMUP_ROUNDS = 2;
const ROUND_TIMEOUT_MS = 30_000;

/**
 * One keystroke: when it was typed, and the author's clock after it. An observer has it once its
 * document holds the author's items up to that clock.
 */
class Keystroke {
  constructor(author, observers) {
    this.author = author;
    this.clientId = author.doc.clientID;
    this.t0 = performance.now();
    this.clock = 0;
    this.waiting = new Set(observers);
    this.untilAll = null;
    this.done = new Promise((resolve) => (this.resolve = resolve));
  }

  /** Called on each remote update an observer applied. */
  check(observer) {
    if (!this.waiting.has(observer) || Y.getState(observer.doc.store, this.clientId) < this.clock) return;
    this.waiting.delete(observer);
    if (this.waiting.size === 0) {
      this.untilAll = performance.now() - this.t0;
      this.resolve();
    }
  }
}

/** The editors of one side, each typing into its own paragraph of the one section. */
class Room {
  constructor(editors, sectionId) {
    this.editors = editors;
    this.sectionId = sectionId;
    this.pending = new Set();
    for (const editor of editors) {
      editor.doc.on('update', (_update, origin) => {
        if (origin === null) return; // its own keystroke
        for (const keystroke of this.pending) keystroke.check(editor);
      });
    }
  }

  /** Every editor types one character, one after another `KEYSTROKE_SPACING_MS` apart. */
  async round() {
    const keystrokes = [];
    for (const [index, author] of this.editors.entries()) {
      if (index > 0) await sleep(KEYSTROKE_SPACING_MS);
      const keystroke = new Keystroke(
        author,
        this.editors.filter((editor) => editor !== author),
      );
      this.pending.add(keystroke);
      const text = author.doc.getXmlFragment(this.sectionId).get(index).get(0);
      text.insert(text.length, 'x');
      keystroke.clock = Y.getState(author.doc.store, author.doc.clientID);
      keystrokes.push(keystroke);
    }
    const timeout = sleep(ROUND_TIMEOUT_MS).then(() => {
      throw new Error(
        `${keystrokes.filter((k) => k.untilAll === null).length} keystrokes never reached everyone`,
      );
    });
    try {
      await Promise.race([Promise.all(keystrokes.map((k) => k.done)), timeout]);
    } finally {
      for (const keystroke of keystrokes) this.pending.delete(keystroke);
    }
    return keystrokes.map((k) => k.untilAll);
  }

  destroy() {
    for (const editor of this.editors) editor.destroy();
  }
}

async function openRoom(open, editors, sectionId) {
  const opened = Array.from({ length: editors }, (_, index) => open(index));
  const room = new Room(opened, sectionId);
  await Promise.all(opened.map((editor) => editor.synced));
  return room;
}

export default {
  id: 'review-co-editing',
  name: (sizes) =>
    `co-editing: ${sizes.reviews.editors} Hocuspocus clients typing in one report, p99 time from an edit to every other client, durable write included`,
  unit: 'ms',
  baseline: 'a minimal relay forwarding the same Yjs updates over `ws` without storage',
  target: { text: '≤ 2×', meets: (ratio) => ratio <= 2 },
  async measure(ctx) {
    const fixture = await reviewFixture(ctx);
    const { editors, rounds } = ctx.sizes.reviews;
    const sectionId = fixture.coEdited.sectionIds[0];
    const relay = await startBaselineProcess(
      'co-editing relay baseline',
      join(BASELINE_DIR, 'yjs-relay-server.mjs'),
      {},
      { inspect: ctx.profiling },
    );
    ctx.onCleanup(() => relay.stop());
    const product = await openRoom(
      (index) =>
        openProductDocument(
          fixture.api.url,
          documentNameOf(fixture.coEdited.reportId),
          fixture.cookies[index],
        ),
      editors,
      sectionId,
    );
    ctx.onCleanup(() => product.destroy());
    // The relay keeps no document: each baseline editor starts from the same stored state.
    const baseline = await openRoom(
      () => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, fixture.states.coEdited);
        return openRelayDocument(relay.url, 'report', doc);
      },
      editors,
      sectionId,
    );
    ctx.onCleanup(() => baseline.destroy());
    const rooms = { product, baseline };
    const servers = { product: fixture.api, baseline: relay };
    for (let round = 0; round < WARMUP_ROUNDS; round += 1)
      for (const side of ['product', 'baseline']) await rooms[side].round();
    const untilAll = { product: [], baseline: [] };
    const cpuMs = { product: 0, baseline: 0 };
    const measure = async () => {
      for (let round = 0; round < rounds; round += 1) {
        for (const side of ['product', 'baseline']) {
          const before = cpuTimeMs(servers[side].pid);
          untilAll[side].push(...(await rooms[side].round()));
          cpuMs[side] += cpuTimeMs(servers[side].pid) - before;
          await sleep(50);
        }
      }
    };
    await ctx.profileDuring('review-co-editing-api', fixture.api, () =>
      ctx.profileDuring('review-co-editing-baseline', relay, measure),
    );
    const keystrokes = rounds * editors;
    const summary = (side) => ({
      p50: percentile(untilAll[side], 50),
      p99: percentile(untilAll[side], 99),
      max: Math.max(...untilAll[side]),
      serverCpuMsPerKeystroke: cpuMs[side] / keystrokes,
    });
    return {
      value: percentile(untilAll.product, 99),
      baselineValue: percentile(untilAll.baseline, 99),
      details: { editors, rounds, keystrokes, product: summary('product'), baseline: summary('baseline') },
    };
  },
};
