#!/usr/bin/env node
// `npm test`: lint, formatting, unused code, paths named in the docs, type checks, unit + integration
// tests (Jest, real PostgreSQL), browser tests (Playwright in Debian's Chromium) and a benchmark smoke
// run. Lists the 10 slowest test files, then prints one closing line "tests: N passed, N failed"
// counting every test case, and exits non-zero when anything failed. `npm test -- format knip` runs
// only the stages whose names contain those words.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { machineCpuTicks } from '../bench/lib/processes.mjs';
import { redisAvailable } from './redis-available.mjs';
import { writeSpecGroups } from './spec-groups.mjs';

const root = new URL('../..', import.meta.url).pathname;
const reports = join(root, 'tmp', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const env = { ...process.env, TZ: 'UTC', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' };
const jestEnv = {
  ...env,
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules', '--no-warnings=ExperimentalWarning']
    .filter(Boolean)
    .join(' '),
};
const only = process.argv.slice(2);
const idle = await machineIsIdle();

/**
 * Each stage: a name, a command, and optionally the Jest JSON report it writes. Consecutive stages
 * with the same `together` run side by side, two at a time, each taking the next from the queue
 * when one ends. The first batch holds what does not need the build: on a fresh clone the build and
 * type checks leave about one core idle (nx's longest task, api:build then the bundle, runs alone
 * for most of it), and the static checks (one process each) and the web components' tests fill
 * it. None of them reads what the build writes (the generated GraphQL types they read are
 * committed). Prettier comes first in the queue, so that nothing reads the generated types while
 * the build's codegen rewrites them in its first seconds; ESLint's boundary rule computes nx's
 * project graph, so it starts after the build's nx has written it rather than racing it.
 */
const [apiAndBrowserJest, componentJest] = partition(
  jestProjects().filter(browserTestsCanRun).map(jestStage),
  (stage) => /apps\/(api|web-e2e)\//.test(stage.name),
);
const stages = [
  {
    // One nx run: the type checks (70–85 s of CPU on a fresh clone, whose nx cache is empty)
    // start as soon as what each needs is built. On a warm tree both come from the cache.
    name: 'build, typecheck',
    cmd: 'npx nx run-many -t build typecheck --output-style=static',
    together: 'first',
  },
  { name: 'format', cmd: 'npx prettier --check . --log-level warn', together: 'first' },
  { name: 'knip', cmd: 'npx knip', together: 'first' },
  { name: 'contract', cmd: 'node tools/check-contract.mjs', together: 'first' },
  ...componentJest.map((stage) => ({ ...stage, together: 'first' })),
  existsSync(join(root, 'eslint.config.js')) && {
    name: 'lint',
    cmd: 'npx eslint . --max-warnings=0',
    together: 'first',
  },
  { name: 'docs', cmd: 'node tools/docs/check-doc-paths.mjs', together: 'first' },
  ...apiAndBrowserJest,
  { name: 'bench:smoke', cmd: `node tools/bench/run.mjs --smoke --no-build${benchRowsWithoutRedis()}` },
]
  .filter(Boolean)
  .filter((stage) => only.length === 0 || only.some((o) => stage.name.includes(o)));

/**
 * Tests named *.redis.spec.ts prove what crosses instances through Redis. They start their own
 * `redis-server` or use TEST_REDIS_URL (apps/api/test/support/redis-server.ts; REDIS_URL is the
 * app's, which they do not read); on a machine with neither, the API's groups leave them out
 * (specGroups), and this says they did not run.
 */
function sayWhetherRedisTestsRun(config) {
  if (!config.startsWith('apps/api') || redisAvailable()) return;
  console.log(
    '\n!!! Multi-instance tests (*.redis.spec.ts) were NOT run: no redis-server on PATH and no TEST_REDIS_URL.',
  );
  console.log(
    '!!! Install Redis (`apt-get install redis-server`) or set TEST_REDIS_URL, then run `npm test` again.',
  );
}

/**
 * Jest's default on 2 cores is one worker, running the files one after another. The API files wait
 * on PostgreSQL, sockets, timers and child processes, the browser files on Chromium and the built
 * API, so more workers than cores overlap one file's waiting with the others' work (the web
 * component files are many and short). Decided once, when `npm test` starts (see machineIsIdle):
 * - API: three workers on an idle machine, two on a busy one. Its timeout (120 s) only guards
 *   against hangs. On the idle 2-core machine the whole API project took 235 s with three (both
 *   cores ~90 % busy), about 430 s with two; one worker, which a busy machine used to get, took
 *   about 1,450 s.
 * - Browser: three workers on an idle machine. The stage is bound by the CPU (97 % busy with four):
 *   in full runs it took 246 s with three and 273 s with four, whose extra contention made the
 *   longest file (the reviews story) the stage's long pole (session 11).
 * - Web components: two workers on an idle machine.
 * - Web and browser take one worker on a busy one, as they wait on screens with timeouts of 15–20 s
 *   that several workers on a machine other jobs keep busy can outlast.
 */
function jestWorkers(config) {
  if (config.startsWith('tools/')) return '';
  if (config.startsWith('apps/api')) return idle ? ' --maxWorkers=3' : ' --maxWorkers=2';
  if (config.startsWith('apps/web-e2e')) return idle ? ' --maxWorkers=3' : '';
  return idle ? ' --maxWorkers=2' : '';
}

/**
 * Whether other work leaves the cores to us: it used less than half of the machine's CPU time over
 * the 2 s before our first stage. Not the 1-minute load average: `.ci/run` starts `npm test` right
 * after `npm ci`, whose own load it still counts for a minute or more, so a fresh clone could get
 * the busy machine's workers for it. Our own stages have not started yet. Where there is no
 * /proc/stat, the load average (below twice the cores) decides.
 */
async function machineIsIdle(sampleMs = 2000) {
  if (!existsSync('/proc/stat')) return loadavg()[0] < 2 * cpus().length;
  const before = machineCpuTicks();
  await sleep(sampleMs);
  const after = machineCpuTicks();
  const busyShare = (after.busy - before.busy) / (after.total - before.total);
  console.log(
    `=== other work used ${Math.round(busyShare * 100)} % of the CPU: ${busyShare < 0.5 ? 'idle' : 'busy'} machine`,
  );
  return busyShare < 0.5;
}

/** The subscription rows of the bench go through Redis; without it, run the others and say so. */
function benchRowsWithoutRedis() {
  if (redisAvailable()) return '';
  console.log(
    '\n!!! Bench smoke: the subscription rows (fan-out, memory per socket) were NOT run: no redis-server and no REDIS_URL.',
  );
  return ' --only directory-throughput,directory-cpu,directory-sql-statements,review-co-editing,review-open,web-bundle,startup';
}

/** Browser tests need Debian's Chromium; without it, say so plainly instead of pretending. */
function browserTestsCanRun(config) {
  if (!config.startsWith('apps/web-e2e')) return true;
  const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p) => p && existsSync(p),
  );
  if (chromium) return true;
  console.log(
    '\n!!! Browser tests were NOT run: no Chromium at $CHROMIUM_PATH, /usr/bin/chromium or /usr/bin/chromium-browser.',
  );
  console.log(
    '!!! Install it with `apt-get install chromium` (Debian) or set CHROMIUM_PATH, then run `npm test` again.',
  );
  return false;
}

function jestStage(config) {
  sayWhetherRedisTestsRun(config);
  const report = join(reports, config.replaceAll('/', '_') + '.json');
  return {
    name: `jest ${config}`,
    cmd: `npx jest -c ${config} --ci --json --outputFile=${report}${jestWorkers(config)}${specGroups(config)}`,
    report,
    env: jestEnv,
  };
}

/**
 * The API's and the web app's spec files run grouped, one Jest file per folder, so that a group
 * loads the app's modules once (tools/test/spec-groups.mjs, ADR 0026): API integration tests per
 * feature folder, its unit tests in one group; web tests per feature, else per top folder.
 */
function specGroups(config) {
  if (config === 'apps/api/jest.config.js')
    return writeSpecGroups({
      root,
      sources: 'apps/api',
      outDir: 'tmp/spec-groups/api',
      groupOf: (path) => {
        const [tier, kind, folder, file] = path.split('/');
        if (tier !== 'test') return 'units';
        return file === undefined ? kind : `${kind}-${folder}`;
      },
      include: (path) => redisAvailable() || !path.endsWith('.redis.spec.ts'),
    });
  if (config === 'apps/web/jest.config.js')
    return writeSpecGroups({
      root,
      sources: 'apps/web/src',
      outDir: 'tmp/spec-groups/web',
      groupOf: (path) => {
        const [top, feature] = path.split('/');
        return top === 'features' ? `features-${feature}` : top.replace(/\.spec\.tsx?$/, '');
      },
    });
  return '';
}

function partition(list, predicate) {
  return [list.filter(predicate), list.filter((item) => !predicate(item))];
}

function jestProjects() {
  return [
    'tools/eslint-rules/jest.config.js',
    'apps/web/jest.config.js',
    'apps/api/jest.config.js',
    'apps/web-e2e/jest.config.js',
  ].filter((c) => existsSync(join(root, c)));
}

let passed = 0;
let failed = 0;
const failures = [];
for (const batch of batches(stages)) {
  const runs = batch.length === 1 ? [runInForeground(batch[0])] : await runSideBySide(batch);
  for (const { stage, status, seconds } of runs) {
    if (stage.report && existsSync(stage.report)) {
      const report = JSON.parse(readFileSync(stage.report, 'utf8'));
      passed += report.numPassedTests;
      failed += report.numFailedTests;
    }
    if (status !== 0) {
      failures.push(stage.name);
      if (!stage.report) failed += 1;
    } else if (!stage.report) {
      passed += 1;
    }
    console.log(`=== ${stage.name}: ${status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
  }
}

printSlowestTestFiles(
  stages.filter((stage) => stage.report && existsSync(stage.report)).map((stage) => stage.report),
);
printFailedTests(
  stages.filter((stage) => stage.report && existsSync(stage.report)).map((stage) => stage.report),
);
if (failures.length) console.log(`\nFailed stages: ${failures.join(', ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);

/** Where the time goes, from the Jest JSON reports: the files to look at first when `npm test` gets slow. */
function printSlowestTestFiles(reportFiles, count = 10) {
  const files = reportFiles.flatMap((file) =>
    JSON.parse(readFileSync(file, 'utf8')).testResults.map((result) => ({
      path: relative(root, result.name),
      seconds: (result.endTime - result.startTime) / 1000,
    })),
  );
  if (files.length === 0) return;
  console.log(`\nSlowest test files (of ${files.length}):`);
  for (const { path, seconds } of files.sort((a, b) => b.seconds - a.seconds).slice(0, count))
    console.log(`${seconds.toFixed(1).padStart(8)} s  ${path}`);
}

/**
 * The failed tests by name, just above the closing lines: a log cut to its end (CI, the fresh-clone
 * check) still says what failed. A file that failed outside any test (a hook, an import) is named too.
 */
function printFailedTests(reportFiles, count = 20) {
  const failed = reportFiles.flatMap((file) =>
    JSON.parse(readFileSync(file, 'utf8')).testResults.flatMap((result) => {
      const path = relative(root, result.name);
      const tests = result.assertionResults
        .filter((assertion) => assertion.status === 'failed')
        .map((assertion) => `${path} › ${assertion.fullName}`);
      return tests.length === 0 && result.status === 'failed' ? [`${path} (outside any test)`] : tests;
    }),
  );
  if (failed.length === 0) return;
  console.log(`\nFailed tests (${failed.length}):`);
  for (const name of failed.slice(0, count)) console.log(`  ${name}`);
  if (failed.length > count) console.log(`  … and ${failed.length - count} more (above)`);
}

/** The stages in order, consecutive ones with the same `together` in one batch. */
function batches(list) {
  const result = [];
  for (const stage of list) {
    const last = result.at(-1);
    if (stage.together && last?.[0].together === stage.together) last.push(stage);
    else result.push([stage]);
  }
  return result;
}

function runInForeground(stage) {
  console.log(`\n=== ${stage.name}: ${stage.cmd}`);
  const started = Date.now();
  const run = spawnSync(stage.cmd, { cwd: root, env: stage.env ?? env, stdio: 'inherit', shell: true });
  return { stage, status: run.status, seconds: secondsSince(started) };
}

/**
 * Runs a batch two stages at a time (one per core). Each stage's output is held and printed in one
 * piece when it ends, so the log reads as if they had run one after another.
 */
async function runSideBySide(batch, parallel = 2) {
  const queue = [...batch];
  const runs = [];
  const worker = async () => {
    for (let stage = queue.shift(); stage; stage = queue.shift()) runs.push(await runCaptured(stage));
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return batch.map((stage) => runs.find((run) => run.stage === stage));
}

function runCaptured(stage) {
  const started = Date.now();
  const child = spawn(stage.cmd, { cwd: root, env: stage.env ?? env, shell: true });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (status) => {
      console.log(`\n=== ${stage.name}: ${stage.cmd}`);
      process.stdout.write(Buffer.concat(output));
      resolve({ stage, status, seconds: secondsSince(started) });
    });
  });
}

function secondsSince(started) {
  return ((Date.now() - started) / 1000).toFixed(1);
}
