import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_MAIN } from './paths.mjs';
import { Child, freePort, waitForHttp200 } from './processes.mjs';

/** Variables of the bench's own environment that must not leak into the API under test. */
const OWN_VARIABLES = [
  'DATABASE_URL',
  'REDIS_URL',
  'PORT',
  'HOST',
  'DATA_DIR',
  'SESSION_SECRET',
  'LOG_LEVEL',
  'PUBLIC_URL',
  'NODE_OPTIONS',
];

/** `--inspect` on a free loopback port, for processes the bench must reach with the inspector (memory, profiles). */
async function inspectArgs(inspect) {
  if (!inspect) return { args: [], inspectPort: null };
  const inspectPort = await freePort();
  return { args: [`--inspect=127.0.0.1:${inspectPort}`], inspectPort };
}

/** The bench's environment without the variables that configure the API, plus `extra`. */
export function childEnv(extra) {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !OWN_VARIABLES.includes(name)),
  );
  return { ...inherited, ...extra };
}

/**
 * The API under test as `node dist/apps/api-bundle/main.js` (API_MAIN) in a child process (LOG_LEVEL=warn), so its CPU
 * time and memory can be read from /proc/<pid>. Resolves once /readyz answers 200.
 */
export async function startApiProcess({
  databaseUrl,
  sessionSecret,
  env = {},
  name = 'API',
  // Generous: on a loaded 2-core machine a cold start (migrations included) has taken over a minute; it is not what these rows measure.
  readyTimeoutMs = 180_000,
  inspect = false,
}) {
  const port = await freePort();
  const { args, inspectPort } = await inspectArgs(inspect);
  const dataDir = await mkdtemp(join(tmpdir(), 'ecw-bench-api-'));
  const child = new Child(name, process.execPath, [...args, API_MAIN], {
    env: childEnv({
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // What docker/Dockerfile and `npm start` set (the method in docs/benchmarks.md says so too);
      // without it graphql-js runs its development-only checks on every value. Introspection stays
      // on because the rows find out from the schema whether a feature has landed.
      NODE_ENV: 'production',
      GRAPHQL_INTROSPECTION: 'true',
      DATA_DIR: dataDir,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...(sessionSecret ? { SESSION_SECRET: sessionSecret } : {}),
      ...env,
    }),
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp200(`${url}/readyz`, { child, timeoutMs: readyTimeoutMs, intervalMs: 50 });
  } catch (error) {
    await child.stop();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    child,
    url,
    pid: child.pid,
    inspectPort,
    async stop() {
      await child.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts a Node script of the bench (a baseline server) that prints `listening <port>` when ready. */
export async function startBaselineProcess(name, script, env, { inspect = false } = {}) {
  const { args, inspectPort } = await inspectArgs(inspect);
  const child = new Child(name, process.execPath, [...args, script], { env: childEnv(env) });
  const line = await child.waitForLine(/^listening \d+/, 30_000).catch(async (error) => {
    await child.stop();
    throw error;
  });
  const port = Number(line.split(' ')[1]);
  return {
    child,
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    port,
    inspectPort,
    stop: () => child.stop(),
  };
}

export async function graphqlRequest(url, { query, variables, cookie, operationName }) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables, ...(operationName ? { operationName } : {}) }),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${url}/graphql answered ${response.status} with non-JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, body };
}

const SCHEMA_QUERY = `{
  __schema {
    queryType { fields { name } }
    subscriptionType { fields { name } }
  }
  organization: __type(name: "Organization") { fields { name } }
}`;

/** The operations and fields the running API's schema has, to tell "not landed yet" from "broken". */
export async function schemaFeatures(url, cookie) {
  const { status, body } = await graphqlRequest(url, { query: SCHEMA_QUERY, cookie });
  if (status !== 200 || !body.data)
    throw new Error(`introspection failed (${status}): ${JSON.stringify(body.errors ?? body)}`);
  const names = (type) => new Set((type?.fields ?? []).map((f) => f.name));
  return {
    query: names(body.data.__schema.queryType),
    subscription: names(body.data.__schema.subscriptionType),
    organization: names(body.data.organization),
  };
}

/** Thrown by a row whose operation is not in the API yet: the row is reported as pending, not failed. */
export class PendingError extends Error {
  name = 'PendingError';
}
