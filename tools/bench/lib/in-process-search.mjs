/**
 * The API's brief search, run inside the API's own process without the HTTP and GraphQL layers:
 * a child process started by `startInProcessSearch` boots the built API (startApi, as `npm run
 * seed` does) and answers the bench's messages by running, per search, what the `briefs` field
 * runs: the viewer from the session cookie's secret, the consultation read with the viewer's
 * standing (the policy's facts), the scoped search page and the redacted output types.
 *
 * The child says { kind: 'ready' } once booted. Messages in: { kind: 'search' } (one search,
 * answered with its { id, title } list) and { kind: 'load', durationMs, concurrency } (a closed
 * loop, answered with { requests, p50, p95 }).
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv } from './api-process.mjs';
import { importApi } from './paths.mjs';
import { percentile } from './stats.mjs';

const SEARCHED_FIELDS = { answers: false, commentCount: false, content: false, submitter: false };

/** Starts the child and resolves once it has booted the API; `stop()` ends it. */
export async function startInProcessSearch({ databaseUrl, sessionSecret, secret, consultationId, search }) {
  const dataDir = await mkdtemp(join(tmpdir(), 'ecw-bench-search-'));
  const child = fork(fileURLToPath(import.meta.url), ['--child'], {
    env: childEnv({
      DATABASE_URL: databaseUrl,
      SESSION_SECRET: sessionSecret,
      DATA_DIR: dataDir,
      NODE_ENV: 'production',
      BENCH_SEARCH: JSON.stringify({ secret, consultationId, search }),
    }),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 0;
  const waiting = new Map();
  let failed = null;
  const fail = (error) => {
    failed ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  let booted;
  const ready = new Promise((resolve, reject) => (booted = { resolve, reject }));
  child.on('message', (message) => {
    if (message.kind === 'ready') return booted.resolve();
    if (message.kind === 'boot-failed')
      return booted.reject(new Error(`in-process search: ${message.error}`));
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    if (message.error) pending.reject(new Error(`in-process search: ${message.error}`));
    else pending.resolve(message.result);
  });
  child.on('exit', (code) => {
    const error = new Error(`the in-process search process exited (${code})`);
    booted.reject(error);
    fail(error);
  });
  const ask = (message) =>
    failed
      ? Promise.reject(failed)
      : new Promise((resolve, reject) => {
          const id = nextId++;
          waiting.set(id, { resolve, reject });
          child.send({ ...message, id });
        });
  try {
    await ready;
  } catch (error) {
    child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    pid: child.pid,
    searchOnce: () => ask({ kind: 'search' }),
    load: (durationMs, concurrency) => ask({ kind: 'load', durationMs, concurrency }),
    async stop() {
      child.removeAllListeners('exit');
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The child: boots the API in this process and serves the parent's messages. */
async function serve() {
  const { secret, consultationId, search } = JSON.parse(process.env.BENCH_SEARCH);
  const [{ startApi }, { parseConfig }, { createLogger }, { VIEWER_RESOLVER }, context, readers, outputs] =
    await Promise.all([
      importApi('bootstrap.js'),
      importApi('core/config/config.schema.js'),
      importApi('core/logging/logger.js'),
      importApi('core/auth/viewer.js'),
      importApi('core/context/request-context.js'),
      Promise.all([
        importApi('consultations/consultation-reader.service.js'),
        importApi('consultations/brief-reader.service.js'),
      ]),
      importApi('consultations/dtos/context-brief.output.js'),
    ]);
  const env = parseConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
  const api = await startApi(env, createLogger(env.LOG_LEVEL));
  const viewers = api.app.get(VIEWER_RESOLVER);
  const consultations = api.app.get(readers[0].ConsultationReader);
  const briefs = api.app.get(readers[1].BriefReader);

  /** The viewer and the consultation, read and authorised as a request's `consultation(id)` does. */
  const viewer = await viewers.resolve({ kind: 'session', secret }, { ip: '127.0.0.1' });
  if (!viewer) throw new Error('the session did not resolve to a viewer');
  const ctx = context.createRequestContext({
    viewer,
    locale: viewer.locale,
    requestId: 'bench',
    ip: '127.0.0.1',
    userAgent: null,
    origin: null,
    res: null,
    transport: 'http',
  });
  const consultation = await consultations.forRequest(ctx, consultationId);

  /** One search: what `briefs(first: 20, filter: { search }) { edges { node { id title } } }` runs. */
  const searchOnce = async () => {
    const page = await briefs.list(
      consultation,
      { first: 20, filter: { search }, count: false, carry: SEARCHED_FIELDS },
      ctx.locale,
    );
    return page.edges.map(({ node }) => {
      const brief = outputs.toBriefOutput(node, consultation, ctx.locale);
      return { id: brief.id, title: brief.title };
    });
  };

  const load = async ({ durationMs, concurrency }) => {
    const latencies = [];
    const deadline = performance.now() + durationMs;
    const worker = async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const found = await searchOnce();
        if (found.length === 0) throw new Error('the search found nothing');
        latencies.push(performance.now() - started);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return { requests: latencies.length, p95: percentile(latencies, 95), p50: percentile(latencies, 50) };
  };

  const handlers = { search: searchOnce, load };
  process.on('message', (message) => {
    handlers[message.kind](message).then(
      (result) => process.send({ id: message.id, result }),
      (error) =>
        process.send({ id: message.id, error: error instanceof Error ? error.stack : String(error) }),
    );
  });
  process.on('SIGTERM', () => {
    void api.close().finally(() => process.exit(0));
  });
  process.send({ kind: 'ready' });
}

if (process.argv.includes('--child')) {
  await serve().catch((error) => {
    process.send({ kind: 'boot-failed', error: error instanceof Error ? error.stack : String(error) });
    process.exitCode = 1;
  });
}
