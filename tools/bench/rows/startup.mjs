import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv } from '../lib/api-process.mjs';
import { API_DIST, API_MAIN, BASELINE_DIR, importApi } from '../lib/paths.mjs';
import { migrate } from '../lib/postgres.mjs';
import { Child, freePort, waitForHttp200 } from '../lib/processes.mjs';
import { median } from '../lib/stats.mjs';

/**
 * `npm start` on an existing data directory (what it runs after its build step:
 * `node dist/apps/api-bundle/main.js`, embedded PostgreSQL, no DATABASE_URL) from spawn until /readyz
 * answers 200, polled every 10 ms. Baseline: a Node process starting the same embedded PostgreSQL
 * on the same data directory alone, until it answers SELECT 1. Runs alternate; medians compared.
 */
/** The database the API creates in its embedded server (DEFAULT_DATABASE in apps/api/src/core/database/app-database.ts). */
const APP_DATABASE = 'election_workspace';

export default {
  id: 'startup',
  name: '`npm start` on an existing data directory until /readyz answers',
  unit: 'ms',
  baseline: 'the embedded PostgreSQL starting alone',
  target: { text: '≤ 3×', meets: (ratio) => ratio <= 3 },
  async measure(ctx) {
    // Directly under the temporary directory: the embedded server (as user postgres when we are root) must reach it.
    const dataDir = await mkdtemp(join(tmpdir(), 'ecw-bench-startup-'));
    try {
      await initialise(dataDir);
      const runs = { product: [], baseline: [] };
      for (let run = 0; run < ctx.sizes.startupRuns; run += 1) {
        runs.product.push(await startApi(dataDir));
        runs.baseline.push(await startPostgresAlone(dataDir));
      }
      return { value: median(runs.product), baselineValue: median(runs.baseline), details: { runs } };
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};

/** The data directory a first `npm start` leaves: PostgreSQL initialised, the app's database created and migrated. */
async function initialise(dataDir) {
  const { startEmbeddedPostgres } = await importApi('core/database/embedded-postgres.js');
  const server = await startEmbeddedPostgres(dataDir, () => undefined);
  try {
    await server.createDatabase(APP_DATABASE);
    await migrate(server.url(APP_DATABASE));
  } finally {
    await server.stop();
  }
}

function env(dataDir, extra = {}) {
  return childEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extra });
}

async function startApi(dataDir) {
  const port = await freePort();
  const since = performance.now();
  const child = new Child('API (startup)', process.execPath, [API_MAIN], {
    // `npm start` runs the bundle with NODE_ENV=production.
    env: env(dataDir, { PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' }),
  });
  try {
    return await waitForHttp200(`http://127.0.0.1:${port}/readyz`, {
      child,
      timeoutMs: 60_000,
      intervalMs: 10,
      since,
    });
  } finally {
    await stopCleanly(child);
  }
}

async function startPostgresAlone(dataDir) {
  const since = performance.now();
  const child = new Child(
    'embedded PostgreSQL alone',
    process.execPath,
    [join(BASELINE_DIR, 'postgres-alone.mjs')],
    {
      env: env(dataDir, { API_DIST }),
    },
  );
  try {
    await child.waitForLine(/^ready$/, 60_000);
    return performance.now() - since;
  } finally {
    await stopCleanly(child);
  }
}

/** The next run needs the data directory free: a clean stop also stops its PostgreSQL. */
async function stopCleanly(child) {
  const { code, signal } = await child.stop(20_000);
  if (code !== 0)
    throw new Error(`${child.name} did not stop cleanly (exit ${code ?? signal}):\n${child.tail()}`);
}
