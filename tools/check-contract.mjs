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
  console.log(`contract check skipped: ${checker} is not here (it sits beside the repository in CI and dev sessions)`);
  process.exit(0);
}
const parts = readFileSync(join(shared, 'contract', 'IN_FORCE'), 'utf8').split(/\s+/).filter(Boolean);
const run = spawnSync('node', [checker, 'apps/api/schema.graphql', ...parts], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
