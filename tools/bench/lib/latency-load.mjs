import { Agent, request } from 'node:http';
import { percentile } from './stats.mjs';

/**
 * A closed-loop load that records each request's latency: `concurrency` workers on keep-alive
 * connections, cycling through `bodies` (so every relationship is asked for, not one hot row).
 * Any non-200 answer or GraphQL error fails the run.
 */
export async function latencyRun({ url, cookie, bodies, concurrency, durationMs }) {
  const target = new URL('/graphql', url);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = [];
  let next = 0;
  let failure = null;
  const once = (body) =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host: target.hostname,
          port: Number(target.port),
          path: target.pathname,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', cookie, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const deadline = performance.now() + durationMs;
  const worker = async () => {
    while (!failure && performance.now() < deadline) {
      const body = bodies[next++ % bodies.length];
      const started = performance.now();
      try {
        const { status, text } = await once(body);
        if (status !== 200 || text.includes('"errors"'))
          throw new Error(`HTTP ${status}: ${text.slice(0, 300)}`);
        latencies.push(performance.now() - started);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  if (failure) throw new Error(`latency load failed: ${failure.message}`);
  return { requests: latencies.length, p95: percentile(latencies, 95), p50: percentile(latencies, 50) };
}

/**
 * Runs the product and the baseline side in alternating slices after a warm-up of each, and takes
 * each side's median slice p95: one slice disturbed by the shared machine does not decide the row.
 * `sides` maps 'product' and 'baseline' to `(durationMs) => latencyRun(…)`-like functions.
 */
export async function alternatingMedianP95(sides, { warmupMs, sliceMs, slices }) {
  for (const side of Object.values(sides)) await side(warmupMs);
  const results = { product: [], baseline: [] };
  for (let slice = 0; slice < slices; slice += 1) {
    for (const [side, measure] of Object.entries(sides)) results[side].push(await measure(sliceMs));
  }
  const middle = (runs) => runs.map((r) => r.p95).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return { value: middle(results.product), baselineValue: middle(results.baseline), slices: results };
}
