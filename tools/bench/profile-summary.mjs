#!/usr/bin/env node
// Summarises a V8 CPU profile (.cpuprofile, from `node --cpu-prof` or `run.mjs --profile`):
// self time by package and by function, so a missed target can be traced to where the time goes.
//
//   node tools/bench/profile-summary.mjs <file.cpuprofile> [--top 25] [--from-ms 6000]
// --from-ms skips the first milliseconds of the profile (e.g. the process's start) to look at the load only.
import { readFileSync } from 'node:fs';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('usage: node tools/bench/profile-summary.mjs <file.cpuprofile> [--top N] [--from-ms N]');
  process.exit(2);
}
const option = (name, fallback) =>
  rest.includes(`--${name}`) ? Number(rest[rest.indexOf(`--${name}`) + 1]) : fallback;
const top = option('top', 25);
const fromMs = option('from-ms', 0);
const profile = JSON.parse(readFileSync(file, 'utf8'));

/** Where a frame's code comes from: a package, the API's own dist, Node itself, or V8 bookkeeping. */
function origin(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.includes('/dist/apps/api/')) return 'api (dist/apps/api)';
  if (url.includes('/libs/shared/')) return '@ecw/domain';
  if (url.startsWith('node:')) return 'node';
  return url.replace(/^file:\/\//, '');
}

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMs = new Map();
let elapsedMs = 0;
for (let i = 0; i < profile.samples.length; i += 1) {
  elapsedMs += (profile.timeDeltas[i] ?? 0) / 1000;
  if (elapsedMs < fromMs) continue;
  selfMs.set(profile.samples[i], (selfMs.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
}
const byOrigin = new Map();
const byFunction = new Map();
let total = 0;
for (const [id, ms] of selfMs) {
  const { callFrame } = nodes.get(id);
  const from = origin(callFrame.url, callFrame.functionName);
  const fn = `${callFrame.functionName || '(anonymous)'} ${from}${callFrame.url ? `:${callFrame.lineNumber + 1}` : ''}`;
  byOrigin.set(from, (byOrigin.get(from) ?? 0) + ms);
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  total += ms;
}
const idle = byOrigin.get('(idle)') ?? 0;
const busy = total - idle;
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, ms] of [...map]
    .filter(([n]) => n !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)) {
    console.log(`${ms.toFixed(0).padStart(8)} ms  ${((ms / busy) * 100).toFixed(1).padStart(5)} %  ${name}`);
  }
};
console.log(
  `${file}: ${(total / 1000).toFixed(1)} s sampled, ${(busy / 1000).toFixed(1)} s busy (idle excluded from percentages)`,
);
print('self time by origin', byOrigin);
print('self time by function', byFunction);
