import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Child, freePort } from './processes.mjs';

/**
 * Redis for the subscription benches: REDIS_URL when set, else a private redis-server on a free
 * loopback port (no persistence), stopped at the end. The API's real subscription path with
 * REDIS_URL set is RedisPubSub, so a notification published on its topic reaches subscribers the
 * way one from another instance would.
 */
export async function startRedis() {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: async () => undefined };
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'ecw-bench-redis-'));
  let child;
  try {
    child = new Child('redis-server', 'redis-server', [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ]);
    await child.waitForLine(/Ready to accept connections/, 10_000);
  } catch (error) {
    await child?.stop();
    await rm(dir, { recursive: true, force: true });
    throw new Error(`redis-server could not be started (install it, or set REDIS_URL): ${error.message}`);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await child.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
