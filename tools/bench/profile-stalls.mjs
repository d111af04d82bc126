#!/usr/bin/env node
// The longest stretches a V8 CPU profile (.cpuprofile, from `run.mjs --profile`) spent busy without
// a break, and what filled each: a latency row's p99 is set by such stalls (the event loop was not
// free to forward a message), which self-time totals (profile-summary.mjs) average away.
//
//   node tools/bench/profile-stalls.mjs <file.cpuprofile> [--top 8] [--min-ms 20] [--frames 6] [--gap-ms 5] [--by-work]
// A stretch ends at the first "(idle)" sample; in each, the functions with the most self time are listed
// with their origin, and "(garbage collector)" shows collection pauses. Samples are 0.2 ms apart
// (inspector.mjs): one sample far longer than that is time the process did not run at all (another
// process had the CPU), charged to whatever frame it was in, so each stretch also gives its longest
// sample and the time in samples under `--gap-ms` (work done).
import { readFileSync } from 'node:fs';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error(
    'usage: node tools/bench/profile-stalls.mjs <file.cpuprofile> [--top N] [--min-ms N] [--frames N] [--gap-ms N] [--by-work]',
  );
  process.exit(2);
}
const option = (name, fallback) =>
  rest.includes(`--${name}`) ? Number(rest[rest.indexOf(`--${name}`) + 1]) : fallback;
const top = option('top', 8);
const minMs = option('min-ms', 20);
const frames = option('frames', 6);
const gapMs = option('gap-ms', 5);
/** Longest by work done rather than by wall time: the CPU stalls of a process that was also descheduled. */
const byWork = rest.includes('--by-work');
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
  current ??= { startMs: atMs - deltaMs, ms: 0, workMs: 0, longestSampleMs: 0, self: new Map() };
  current.ms += deltaMs;
  if (deltaMs < gapMs) current.workMs += deltaMs;
  current.longestSampleMs = Math.max(current.longestSampleMs, deltaMs);
  const name = frameName(node);
  current.self.set(name, (current.self.get(name) ?? 0) + deltaMs);
}
if (current) stretches.push(current);

const longest = stretches
  .filter((stretch) => stretch.ms >= minMs)
  .sort((a, b) => (byWork ? b.workMs - a.workMs : b.ms - a.ms))
  .slice(0, top);
const busyMs = stretches.reduce((sum, stretch) => sum + stretch.ms, 0);
console.log(
  `${stretches.length} busy stretches, ${busyMs.toFixed(0)} of ${atMs.toFixed(0)} ms busy; ${longest.length} of at least ${minMs} ms:`,
);
for (const stretch of longest) {
  console.log(
    `\n${stretch.ms.toFixed(1)} ms from ${(stretch.startMs / 1000).toFixed(3)} s: ${stretch.workMs.toFixed(1)} ms in samples under ${gapMs} ms, longest sample ${stretch.longestSampleMs.toFixed(1)} ms`,
  );
  for (const [name, ms] of [...stretch.self].sort((a, b) => b[1] - a[1]).slice(0, frames))
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
}
