import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
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
    /** The Yjs update the keystroke made, as its author sent it. */
    this.update = null;
    this.waiting = new Set(observers);
    this.untilAll = null;
    this.untilFirst = null;
    this.done = new Promise((resolve) => (this.resolve = resolve));
  }

  /** Called on each remote update an observer applied. */
  check(observer) {
    if (!this.waiting.has(observer) || Y.getState(observer.doc.store, this.clientId) < this.clock) return;
    this.waiting.delete(observer);
    this.untilFirst ??= performance.now() - this.t0;
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
    /** The keystroke being typed: its author's doc emits its update synchronously. */
    this.typing = null;
    for (const editor of editors) {
      editor.doc.on('update', (update, origin) => {
        if (origin === null) {
          if (this.typing) this.typing.update = update; // its own keystroke
          return;
        }
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
      this.typing = keystroke;
      text.insert(text.length, 'x');
      this.typing = null;
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
    return keystrokes;
  }

  destroy() {
    for (const editor of this.editors) editor.destroy();
  }
}

/**
 * The least a durable write costs here: one committed INSERT of a keystroke's update into a table
 * of the same database, sent from this process one keystroke apart like the editors', with nothing
 * else around it. Not a baseline of the row (the issue names the relay): a reading of the machine,
 * so the row's ratio can be told apart from the database's round trip on the same run.
 */
class CommitFloor {
  static async open(databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(
      'CREATE TABLE IF NOT EXISTS bench_commit_floor (id bigserial PRIMARY KEY, update bytea NOT NULL)',
    );
    return new CommitFloor(client);
  }

  constructor(client) {
    this.client = client;
  }

  /** One committed write per update, `KEYSTROKE_SPACING_MS` apart; the round trip of each. */
  async round(updates) {
    const times = [];
    for (const [index, update] of updates.entries()) {
      if (index > 0) await sleep(KEYSTROKE_SPACING_MS);
      const t0 = performance.now();
      await this.client.query({
        name: 'bench-commit-floor',
        text: 'INSERT INTO bench_commit_floor (update) VALUES ($1)',
        values: [Buffer.from(update)],
      });
      times.push(performance.now() - t0);
    }
    return times;
  }

  async close() {
    await this.client.query('DROP TABLE bench_commit_floor');
    await this.client.end();
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
    const floor = await CommitFloor.open(fixture.databaseUrl);
    ctx.onCleanup(() => floor.close());
    const untilAll = { product: [], baseline: [] };
    const untilFirst = { product: [], baseline: [] };
    const commits = [];
    let typedOnProduct = [];
    const cpuMs = { product: 0, baseline: 0 };
    const measure = async () => {
      for (let round = 0; round < rounds; round += 1) {
        for (const side of ['product', 'baseline']) {
          const before = cpuTimeMs(servers[side].pid);
          const keystrokes = await rooms[side].round();
          untilAll[side].push(...keystrokes.map((keystroke) => keystroke.untilAll));
          untilFirst[side].push(...keystrokes.map((keystroke) => keystroke.untilFirst));
          cpuMs[side] += cpuTimeMs(servers[side].pid) - before;
          if (side === 'product') typedOnProduct = keystrokes.map((keystroke) => keystroke.update);
          await sleep(50);
        }
        commits.push(...(await floor.round(typedOnProduct)));
        await sleep(50);
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
      firstObserverP50: percentile(untilFirst[side], 50),
      serverCpuMsPerKeystroke: cpuMs[side] / keystrokes,
    });
    return {
      value: percentile(untilAll.product, 99),
      baselineValue: percentile(untilAll.baseline, 99),
      details: {
        editors,
        rounds,
        keystrokes,
        product: summary('product'),
        baseline: summary('baseline'),
        commitFloor: { p50: percentile(commits, 50), p99: percentile(commits, 99), writes: commits.length },
      },
    };
  },
};
