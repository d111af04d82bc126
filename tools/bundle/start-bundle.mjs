#!/usr/bin/env node
// What `npm start` and the Docker image run (copied to dist/apps/api-bundle/main.js by bundle-api.mjs):
// the API's one-file CommonJS bundle (api.cjs beside this file), compiled through V8's code cache.
// Node 20 keeps no compiled code between starts (`module.enableCompileCache()` is Node ≥ 22.1):
// every start parsed the 7 MB bundle and compiled each function it called, about a third of a
// start's CPU. The cache is written beside the bundle when a start that had none exits cleanly, so it
// holds what a whole start compiled; its name carries the bundle's size and mtime, and V8 itself
// rejects it when Node's version or flags differ (it is then written again). Where this folder is
// not writable, starts go without it: the Docker image's build writes it (warm-code-cache.mjs).
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const dir = fileURLToPath(new URL('.', import.meta.url));
const bundle = join(dir, 'api.cjs');
const { size, mtimeMs } = statSync(bundle);
const cacheFile = join(dir, `api.cjs.${size}-${Math.trunc(mtimeMs)}.v8-cache`);

const cachedData = readCache();
// The wrapper starts on the bundle's first line, so stack traces keep the bundle's line numbers.
const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`,
  { filename: bundle, cachedData },
);
if (!cachedData || script.cachedDataRejected) {
  process.once('exit', (code) => {
    if (code === 0) writeCache(script.createCachedData());
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dir);

function readCache() {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined; // the first start of this build
  }
}

/** Through a file of this process's own, so that starts exiting together never leave a torn cache. */
function writeCache(data) {
  const partial = `${cacheFile}.${process.pid}`;
  try {
    writeFileSync(partial, data);
    renameSync(partial, cacheFile);
  } catch {
    // A read-only installation: the next start compiles again, as without a cache.
    rmSync(partial, { force: true });
  }
}
