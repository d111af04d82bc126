import { join } from 'node:path';
import { writeApiSpecGroups } from './test/support/spec-groups.mjs';
import { redisAvailable } from './test/support/redis-available.mjs';
import single from './jest.config.js';

/**
 * What `npm test` runs: the same tests as jest.config.js, one Jest file per folder (see
 * test/support/spec-groups.mjs for why). Without Redis the multi-instance tests are left out, and
 * `npm test` says so.
 */
const root = new URL('../..', import.meta.url).pathname;
const outDir = join(root, 'tmp/api-spec-groups');
writeApiSpecGroups({ root, outDir, withRedisTests: redisAvailable() });

export default {
  ...single,
  roots: [...single.roots, '<rootDir>/tmp/api-spec-groups'],
  testMatch: ['<rootDir>/tmp/api-spec-groups/*.spec.ts'],
};
