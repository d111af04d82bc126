#!/usr/bin/env node
// What the web app's initial JavaScript is made of: the minified bytes of the files the web-bundle
// row counts, attributed to npm packages (or the app's own source) through their source maps.
// For finding what to split or drop when that row misses its target.
//
//   node tools/bench/bundle-composition.mjs [dist/apps/web] [--top 25]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { initialJavaScript } from './rows/web-bundle.mjs';
import { WEB_DIST } from './lib/paths.mjs';

const args = process.argv.slice(2);
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 25;
const distDir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top') ?? WEB_DIST);

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function owner(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1];
  const app = /(apps\/web\/src\/[^/]+(?:\/[^/]+)?)/.exec(source);
  return app ? app[1] : source;
}

/** Bytes of generated code per original source, from a file and its source map. */
function attribute(code, map, totals) {
  const lines = code.split('\n');
  let sourceIndex = 0;
  map.mappings.split(';').forEach((line, lineNumber) => {
    const text = lines[lineNumber] ?? '';
    let column = 0;
    const segments = line ? line.split(',').map(decodeSegment) : [];
    segments.forEach((segment, i) => {
      column += segment[0];
      if (segment.length > 1) sourceIndex += segment[1];
      const end = i + 1 < segments.length ? column + segments[i + 1][0] : text.length;
      if (segment.length > 1) {
        const key = owner(map.sources[sourceIndex] ?? '?');
        totals.set(key, (totals.get(key) ?? 0) + Math.max(0, end - column));
      }
    });
  });
}

const { files, gzipBytes } = initialJavaScript(distDir);
const totals = new Map();
let mapped = 0;
for (const { file } of files) {
  const mapFile = join(distDir, `${file}.map`);
  if (!existsSync(mapFile)) continue;
  attribute(readFileSync(join(distDir, file), 'utf8'), JSON.parse(readFileSync(mapFile, 'utf8')), totals);
  mapped += 1;
}
const raw = files.reduce((sum, f) => sum + f.bytes, 0);
console.log(
  `${files.length} initial files (${mapped} with source maps): ${(raw / 1024).toFixed(1)} KB minified, ${(gzipBytes / 1024).toFixed(1)} KB gzipped`,
);
const attributed = [...totals.values()].reduce((a, b) => a + b, 0);
for (const [name, bytes] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(
    `${(bytes / 1024).toFixed(1).padStart(8)} KB  ${((bytes / attributed) * 100).toFixed(1).padStart(5)} %  ${name}`,
  );
}
