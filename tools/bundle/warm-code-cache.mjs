#!/usr/bin/env node
// Writes V8's code cache beside the API bundle (ADR 0011) by one start and one clean stop of the
// API on a throwaway data directory, its embedded PostgreSQL included. The Docker image's build
// runs it: its containers run as `node` over a root-owned dist, so they cannot write the cache
// themselves and every start compiled the whole bundle again.
//
//   node warm-code-cache.mjs dist/apps/api-bundle/main.js
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const START_TIMEOUT_MS = 180_000;

const main = resolve(process.argv[2] ?? 'dist/apps/api-bundle/main.js');
const dataDir = await mkdtemp(join(tmpdir(), 'ecw-warm-code-cache-'));
try {
  const port = await freePort();
  const api = spawn(process.execPath, [main], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((done) => api.once('exit', (code, signal) => done({ code, signal })));
  await untilReady(`http://127.0.0.1:${port}/readyz`, exited);
  api.kill('SIGTERM');
  const { code, signal } = await exited;
  if (code !== 0) throw new Error(`the API did not stop cleanly (exit ${code ?? signal})`);
  const caches = readdirSync(dirname(main)).filter((name) => name.endsWith('.v8-cache'));
  if (caches.length === 0)
    throw new Error(`no code cache was written beside ${main} (is the folder writable?)`);
  console.log(`code cache written: ${caches.join(', ')}`);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}

async function untilReady(url, exited) {
  let gone = null;
  void exited.then((status) => (gone = status));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the API exited before it was ready (exit ${gone.code ?? gone.signal})`);
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await sleep(100);
  }
  throw new Error(`the API was not ready within ${START_TIMEOUT_MS / 1000} s`);
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}
