import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws/client';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { createSession, createUser } from '../lib/accounts.mjs';
import { startApiProcess } from '../lib/api-process.mjs';
import { cpuTimeMs } from '../lib/processes.mjs';
import { migrate, withClient } from '../lib/postgres.mjs';
import { percentile } from '../lib/stats.mjs';
import { startRedis } from '../lib/redis.mjs';

const QUERY = 'subscription BenchFlood { notificationAdded { id message } }';
const ABUSER = join(import.meta.dirname, '../lib/socket-abuser.mjs');

/**
 * The abuse runs in a process of its own (tools/bench/lib/socket-abuser.mjs), so its tight send
 * loops do not delay the well-behaved client, which runs here. Resolves, once stopped, with how many
 * abusive sockets it opened and how many the server closed, by close code.
 */
async function startAbuse(wsUrl, cookie, origin) {
  // At the lowest CPU priority: in real use the abuser's CPU is its own machine's, not the server's.
  // Here it shares the server's two cores, and its tight send loops alone would slow the server down
  // whatever the server does; niced, it still floods as fast as the server lets it.
  const child = spawn('nice', ['-n', '19', process.execPath, ABUSER], {
    env: { ...process.env, WS_URL: wsUrl, COOKIE: cookie, ORIGIN: origin },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const started = new Promise((resolve) =>
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.startsWith('started\n')) resolve();
    }),
  );
  // 'close', not 'exit': the report may still be in the pipe when the process exits.
  const exited = new Promise((resolve) => child.once('close', resolve));
  await Promise.race([started, exited]);
  return async () => {
    child.kill('SIGTERM');
    await exited;
    return JSON.parse(output.slice('started\n'.length));
  };
}

/**
 * A well-behaved subscriber's latency while other sockets of another account abuse the server
 * (floods of subscribe messages, oversize frames), against the same
 * subscriber's latency without them, in alternating windows of the same run.
 */
export default {
  id: 'socket-flood',
  name: 'a well-behaved subscriber during a WebSocket flood: p99 time to receive a notification',
  unit: 'ms',
  baseline: 'the same subscriber, same server, without the flood',
  target: { text: '≤ 1.5×', meets: (ratio) => ratio <= 1.5 },
  async measure(ctx) {
    const redis = await startRedis();
    ctx.onCleanup(() => redis.stop());
    const database = await ctx.db.createDatabase('flood');
    await migrate(database.url);
    const accounts = await withClient(database.url, async (client) => {
      const listener = await createUser(client, 'listener@bench.example');
      const abuser = await createUser(client, 'abuser@bench.example');
      return {
        listener,
        listenerCookie: await createSession(client, listener, ctx.sessionSecret),
        abuserCookie: await createSession(client, abuser, ctx.sessionSecret),
      };
    });
    const api = await startApiProcess({
      databaseUrl: database.url,
      sessionSecret: ctx.sessionSecret,
      name: 'API (flood)',
      env: { REDIS_URL: redis.url },
      inspect: ctx.profiling,
    });
    ctx.onCleanup(() => api.stop());
    const publisher = new Redis(redis.url, { maxRetriesPerRequest: null, disableClientInfo: true });
    ctx.onCleanup(() => publisher.quit());
    const wsUrl = `${api.url.replace('http', 'ws')}/graphql`;

    let waiting = null;
    const client = createClient({
      url: wsUrl,
      webSocketImpl: class extends WebSocket {
        constructor(address, protocols) {
          super(address, protocols, { headers: { cookie: accounts.listenerCookie, origin: api.url } });
        }
      },
      retryAttempts: 0,
    });
    ctx.onCleanup(() => client.dispose());
    client.subscribe(
      { query: QUERY },
      {
        next: (result) => waiting?.(result.data?.notificationAdded?.id),
        error: (error) => ctx.warn(`the well-behaved subscriber failed: ${JSON.stringify(error)}`),
        complete: () => undefined,
      },
    );
    let number = 0;
    /** One notification to the listener: ms from its publish until the listener has it (null: not within `withinMs`). */
    const once = async (withinMs = 10_000) => {
      number += 1;
      const id = `flood-${number}`;
      const arrived = new Promise((resolve) => {
        waiting = (got) => got === id && resolve();
      });
      const started = performance.now();
      await publisher.publish(
        `notifications:${accounts.listener}`,
        JSON.stringify({
          notificationId: id,
          userId: accounts.listener,
          kind: 'organizationVerified',
          params: { organization: `Flood ${number}` },
          link: null,
          createdAt: new Date().toISOString(),
        }),
      );
      let timer;
      const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve(true), withinMs)));
      const late = await Promise.race([arrived.then(() => false), timedOut]);
      clearTimeout(timer);
      return late ? null : performance.now() - started;
    };
    /** A measured delivery: one that does not arrive within 10 s fails the row. */
    const measured = async () => {
      const ms = await once();
      if (ms === null) throw new Error(`notification flood-${number} did not arrive within 10 s`);
      return ms;
    };
    // Until the subscription is live (graphql-ws does not acknowledge a subscribe).
    for (let tries = 0; (await once(500)) === null; tries += 1) {
      if (tries > 40) throw new Error('the well-behaved subscription never became live');
    }
    const latencies = { quiet: [], flood: [] };
    /** Per window, the slowest delivery and its place in the window (0–19): whether a p99 comes from the flood's start. */
    const slowest = { quiet: [], flood: [] };
    /** Per window: wall time, and CPU time of the API and of the abuser process (what the flood costs each). */
    const cost = { quiet: [], flood: [] };
    const abuse = { opened: 0, refused: 0, sent: 0, closedByCode: {} };
    for (let window = 0; window < ctx.sizes.floodWindows; window += 1) {
      for (const side of ['quiet', 'flood']) {
        const apiCpuBefore = cpuTimeMs(api.pid);
        const startedAt = performance.now();
        const stop = side === 'flood' ? await startAbuse(wsUrl, accounts.abuserCookie, api.url) : null;
        if (stop) await sleep(300);
        await ctx.profileDuring(`socket-flood-${side}-${window}`, api, async () => {
          const inWindow = [];
          for (let i = 0; i < 20; i += 1) {
            inWindow.push(await measured());
            await sleep(20);
          }
          latencies[side].push(...inWindow);
          const ms = Math.max(...inWindow);
          slowest[side].push({ ms: Math.round(ms * 10) / 10, at: inWindow.indexOf(ms) });
        });
        const report = stop ? await stop() : null;
        cost[side].push({
          wallMs: Math.round(performance.now() - startedAt),
          apiCpuMs: cpuTimeMs(api.pid) - apiCpuBefore,
          abuserCpuMs: Math.round(report?.cpuMs ?? 0),
        });
        if (!report) continue;
        const { opened, refused, sent, closedByCode } = report;
        abuse.opened += opened;
        abuse.refused += refused;
        abuse.sent += sent;
        for (const [code, n] of Object.entries(closedByCode))
          abuse.closedByCode[code] = (abuse.closedByCode[code] ?? 0) + n;
      }
    }
    return {
      value: percentile(latencies.flood, 99),
      baselineValue: percentile(latencies.quiet, 99),
      details: {
        notifications: latencies.flood.length,
        quietP50: percentile(latencies.quiet, 50),
        floodP50: percentile(latencies.flood, 50),
        slowest,
        abusiveSockets: abuse,
        cost,
      },
    };
  },
};
