#!/usr/bin/env node
// The longest stretches a V8 CPU profile (.cpuprofile, from `run.mjs --profile`) spent busy without
// a break, and what filled each: a latency row's p99 is set by such stalls (the event loop was not
// free to forward a message), which self-time totals (profile-summary.mjs) average away.
//
//   node tools/bench/profile-stalls.mjs <file.cpuprofile> [--top 8] [--min-ms 20] [--frames 6]
// A stretch ends at the first "(idle)" sample; in each, the functions with the most self time are listed
// with their origin, and "(garbage collector)" shows collection pauses.
import { readFileSync } from 'node:fs';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error(
    'usage: node tools/bench/profile-stalls.mjs <file.cpuprofile> [--top N] [--min-ms N] [--frames N]',
  );
  process.exit(2);
}
const option = (name, fallback) =>
  rest.includes(`--${name}`) ? Number(rest[rest.indexOf(`--${name}`) + 1]) : fallback;
const top = option('top', 8);
const minMs = option('min-ms', 20);
const frames = option('frames', 6);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));

/** A frame as a reader finds it: function, then the file's last two path segments and line. */
function frameName(node) {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
}

const stretches = [];
let current = null;
let atMs = 0;
for (let i = 0; i < profile.samples.length; i += 1) {
  const deltaMs = (profile.timeDeltas[i] ?? 0) / 1000;
  atMs += deltaMs;
  const node = nodes.get(profile.samples[i]);
  if (node.callFrame.functionName === '(idle)') {
    if (current) stretches.push(current);
    current = null;
    continue;
  }
  current ??= { startMs: atMs - deltaMs, ms: 0, self: new Map() };
  current.ms += deltaMs;
  const name = frameName(node);
  current.self.set(name, (current.self.get(name) ?? 0) + deltaMs);
}
if (current) stretches.push(current);

const longest = stretches
  .filter((stretch) => stretch.ms >= minMs)
  .sort((a, b) => b.ms - a.ms)
  .slice(0, top);
const busyMs = stretches.reduce((sum, stretch) => sum + stretch.ms, 0);
console.log(
  `${stretches.length} busy stretches, ${busyMs.toFixed(0)} of ${atMs.toFixed(0)} ms busy; ${longest.length} of at least ${minMs} ms:`,
);
for (const stretch of longest) {
  console.log(`\n${stretch.ms.toFixed(1)} ms from ${(stretch.startMs / 1000).toFixed(3)} s`);
  for (const [name, ms] of [...stretch.self].sort((a, b) => b[1] - a[1]).slice(0, frames))
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
}
