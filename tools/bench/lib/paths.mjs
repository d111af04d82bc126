import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/**
 * The built API. BENCH_API_DIST points the bench at another build of it (e.g. a patched copy under
 * tmp/, to measure a proposed fix beside the current code); it must sit inside this workspace so
 * its imports resolve to these node_modules.
 */
export const API_DIST = process.env.BENCH_API_DIST
  ? resolve(process.env.BENCH_API_DIST)
  : join(ROOT, 'dist/apps/api');
/**
 * What every row runs: what `npm start` runs, the one-file bundle of the API (tools/bundle/bundle-api.mjs).
 * BENCH_API_DIST names another build, whose main.js then runs; so does `--profile`, with the
 * unbundled build, because in the bundle every frame of a profile is in one file and
 * profile-summary.mjs could no longer say which package spent the time.
 */
export const API_MAIN =
  process.env.BENCH_API_DIST || process.argv.includes('--profile')
    ? join(API_DIST, 'main.js')
    : join(ROOT, 'dist/apps/api-bundle/main.js');
export const WEB_DIST = join(ROOT, 'dist/apps/web');
export const RESULTS_DIR = join(ROOT, 'bench/results');
export const DOCS_FILE = join(ROOT, 'docs/benchmarks.md');
export const CHARTS_DIR = join(ROOT, 'docs/benchmarks');
export const BASELINE_DIR = join(ROOT, 'tools/bench/baseline');

/** Imports a compiled module of the API (dist/apps/api/<relative>), so the bench reuses the real code. */
export function importApi(relative) {
  const file = join(API_DIST, relative);
  if (!existsSync(file)) throw new Error(`${file} is missing: build first (npx nx run-many -t build)`);
  return import(pathToFileURL(file).href);
}
