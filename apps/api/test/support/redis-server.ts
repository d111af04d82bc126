import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

/** A Redis a test may stop and start again (an outage), on the same port. */
export interface OwnTestRedis extends TestRedis {
  start(): Promise<void>;
}

/**
 * A Redis of the test file's own: a `redis-server` child process on a free port, without
 * persistence. (TEST_REDIS_URL points at an existing one instead; it must be one the tests may share.)
 */
export async function startTestRedis(): Promise<TestRedis> {
  const existing = process.env['TEST_REDIS_URL'];
  if (existing) return { url: existing, stop: async () => undefined };
  return startOwnTestRedis();
}

/** Always a `redis-server` of this test's own (never a shared one): for tests that stop it. */
export async function startOwnTestRedis(): Promise<OwnTestRedis> {
  const port = await freePort();
  let child = await spawnRedis(port);
  const url = `redis://127.0.0.1:${port}`;
  return {
    url,
    stop: () => stop(child),
    async start() {
      child = await spawnRedis(port);
    },
  };
}

async function spawnRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const failed = new Promise<never>((_resolve, reject) =>
    child.once('error', (error) =>
      reject(
        new Error(`redis-server did not start (${error.message}): install Redis, or set TEST_REDIS_URL`),
      ),
    ),
  );
  failed.catch(() => undefined); // an error after start-up is not this function's to report
  await Promise.race([waitUntilReady(`redis://127.0.0.1:${port}`), failed]);
  return child;
}

async function waitUntilReady(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await probe.connect();
      await probe.ping();
      return;
    } catch {
      await sleep(50);
    } finally {
      probe.disconnect();
    }
  }
  throw new Error(`redis-server at ${url} did not answer`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
