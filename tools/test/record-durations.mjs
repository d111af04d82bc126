#!/usr/bin/env node
// Writes tools/test/durations.json from the Jest reports of the last `npm test` (tmp/test-reports):
// the order in which tools/test/longest-first.mjs starts the API and browser test files on a
// machine without Jest's own timings. Run it after a full `npm test` when files were added or
// their durations changed much, and commit the result.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const reports = ['apps_api_jest.config.js.json', 'apps_web-e2e_jest.config.js.json'];

// A project the last run did not report keeps the durations recorded before.
const durations = JSON.parse(readFileSync(new URL('./durations.json', import.meta.url), 'utf8'));
for (const report of reports) {
  const file = join(root, 'tmp/test-reports', report);
  if (!existsSync(file)) {
    console.log(`${relative(root, file)}: not found, its files keep their recorded durations`);
    continue;
  }
  const { testResults } = JSON.parse(readFileSync(file, 'utf8'));
  for (const result of testResults)
    durations[relative(root, result.name)] = Math.round((result.endTime - result.startTime) / 100) / 10;
}
// Files since removed or renamed drop out.
const sorted = Object.fromEntries(
  Object.entries(durations)
    .filter(([path]) => existsSync(join(root, path)))
    .sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync(new URL('./durations.json', import.meta.url), `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`tools/test/durations.json: ${Object.keys(sorted).length} files`);
