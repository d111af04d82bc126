import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BASELINE_DIR, ROOT, WEB_DIST } from '../lib/paths.mjs';

/**
 * The JavaScript a browser loads before the first page renders: the entry module of index.html, the
 * modules it asks to preload, and every module they import statically (lazy routes, loaded by
 * dynamic import(), are not initial). Each file gzipped (level 9) and summed. Baseline: a Vite
 * build, same Vite and React plugin, of an app that imports only React, ReactDOM, Apollo Client and
 * graphql-ws (tools/bench/baseline/web-minimal).
 */
export default {
  id: 'web-bundle',
  name: 'web app initial JavaScript, gzipped',
  unit: 'KB gzip',
  baseline: 'React + Apollo Client + graphql-ws alone, Vite build',
  target: { text: '≤ 1.2×', meets: (ratio) => ratio <= 1.2 },
  async measure() {
    if (!existsSync(join(WEB_DIST, 'index.html')))
      throw new Error(`${WEB_DIST}/index.html is missing: build the web app first`);
    const product = initialJavaScript(WEB_DIST);
    const outDir = await mkdtemp(join(tmpdir(), 'ecw-bench-web-minimal-'));
    try {
      const build = spawnSync(
        process.execPath,
        [
          join(ROOT, 'node_modules/vite/bin/vite.js'),
          'build',
          '--config',
          join(BASELINE_DIR, 'web-minimal/vite.config.mjs'),
          '--outDir',
          outDir,
          '--emptyOutDir',
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
      if (build.status !== 0)
        throw new Error(`the baseline web build failed:\n${build.stdout}\n${build.stderr}`);
      const baseline = initialJavaScript(outDir);
      return {
        value: product.gzipBytes / 1024,
        baselineValue: baseline.gzipBytes / 1024,
        details: { product: product.files, baseline: baseline.files },
      };
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  },
};

const TAG = /<(script|link)\b[^>]*>/gi;
const ATTRIBUTE = (name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i');
/** Static imports and re-exports in (minified) ES modules; `import(` (dynamic) does not match. */
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;

/** The JavaScript files index.html loads before the first render, each with its raw and gzipped size. */
export function initialJavaScript(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const queue = [];
  for (const [tag, kind] of html.matchAll(TAG)) {
    const isEntry = kind.toLowerCase() === 'script' && /type\s*=\s*["']module["']/i.test(tag);
    const isPreload = kind.toLowerCase() === 'link' && /rel\s*=\s*["']modulepreload["']/i.test(tag);
    const url = isEntry
      ? ATTRIBUTE('src').exec(tag)?.[1]
      : isPreload
        ? ATTRIBUTE('href').exec(tag)?.[1]
        : null;
    if (url && !/^https?:/.test(url)) queue.push(posix.normalize(url.replace(/^\//, '')));
  }
  if (queue.length === 0) throw new Error(`${distDir}/index.html loads no module script`);
  const seen = new Set();
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(join(distDir, file), 'utf8');
    for (const [, specifier] of source.matchAll(STATIC_IMPORT)) {
      if (specifier.startsWith('.')) queue.push(posix.normalize(posix.join(dirname(file), specifier)));
      else if (specifier.startsWith('/')) queue.push(posix.normalize(specifier.slice(1)));
    }
  }
  const files = [...seen].sort().map((file) => {
    const content = readFileSync(join(distDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
