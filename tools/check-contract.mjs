#!/usr/bin/env node
// The emitted schema must be a compatible superset of the contract parts in force. The checker and
// the contract live in ../shared (beside this repository, as in CI); say so plainly when absent.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const shared = join(root, '..', 'shared');
const checker = join(shared, 'tools', 'check-contract.mjs');
if (!existsSync(checker)) {
  console.log(
    `contract check skipped: ${checker} is not here (it sits beside the repository in CI and dev sessions)`,
  );
  process.exit(0);
}
/** Parts in force for everyone, plus the parts this project has implemented (tools/contract-parts.txt). */
const partsIn = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
const parts = [
  ...new Set([
    ...partsIn(join(shared, 'contract', 'IN_FORCE')),
    ...partsIn(join(root, 'tools', 'contract-parts.txt')),
  ]),
];
const run = spawnSync('node', [checker, 'apps/api/schema.graphql', ...parts], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
