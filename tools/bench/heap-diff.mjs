#!/usr/bin/env node
// What a server holds more of in one heap snapshot than in another, grouped by constructor (objects),
// function name (closures) or node type (strings, arrays, code…), by self size:
//   node tools/bench/heap-diff.mjs <before.heapsnapshot> <after.heapsnapshot> [--per N] [--top N]
// `--per N` divides by N (the sockets opened between the two). `run.mjs --profile` writes
// product-before/after and baseline-before/after snapshots around the memory row's sockets.
import { readFileSync } from 'node:fs';

/** Node types whose name says nothing useful for grouping (every string has its own text as name). */
const GROUPED_BY_TYPE = new Set(['string', 'concatenated string', 'sliced string', 'number', 'heap number']);

/** Count and self size per group in one snapshot. */
function groups(file) {
  const { snapshot, nodes, strings } = JSON.parse(readFileSync(file, 'utf8'));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const byGroup = new Map();
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt]];
    const name = GROUPED_BY_TYPE.has(type) ? '' : strings[nodes[i + nameAt]].slice(0, 60);
    const key = `${type}${name ? ` ${name}` : ''}`;
    const group = byGroup.get(key) ?? { count: 0, bytes: 0 };
    group.count += 1;
    group.bytes += nodes[i + sizeAt];
    byGroup.set(key, group);
  }
  return byGroup;
}

function parseArgs(argv) {
  const args = { files: [], per: 1, top: 40 };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--per') args.per = Number(argv[++i]);
    else if (argv[i] === '--top') args.top = Number(argv[++i]);
    else args.files.push(argv[i]);
  }
  if (args.files.length !== 2) throw new Error('usage: heap-diff.mjs <before> <after> [--per N] [--top N]');
  return args;
}

const { files, per, top } = parseArgs(process.argv.slice(2));
const [before, after] = files.map(groups);
const rows = [...after].map(([key, { count, bytes }]) => ({
  key,
  count: (count - (before.get(key)?.count ?? 0)) / per,
  bytes: (bytes - (before.get(key)?.bytes ?? 0)) / per,
}));
const total = rows.reduce((sum, row) => sum + row.bytes, 0);
console.log(`self size grown: ${(total / 1024).toFixed(1)} KB${per > 1 ? ` per ${per}th` : ''}`);
console.log('bytes\tcount\tgroup');
for (const row of rows.sort((a, b) => b.bytes - a.bytes).slice(0, top))
  console.log(`${Math.round(row.bytes)}\t${row.count.toFixed(1)}\t${row.key}`);
