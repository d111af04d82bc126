import { spawnSync } from 'node:child_process';

/**
 * Whether the multi-instance tests (*.redis.spec.ts) can run: they start their own `redis-server`
 * or use TEST_REDIS_URL (apps/api/test/support/redis-server.ts).
 */
export function redisAvailable() {
  const onPath = spawnSync('sh', ['-c', 'command -v redis-server'], { stdio: 'ignore' }).status === 0;
  return onPath || Boolean(process.env.TEST_REDIS_URL);
}
