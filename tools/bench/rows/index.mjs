import directoryThroughput from './directory-throughput.mjs';
import directoryCpu from './directory-cpu.mjs';
import directorySqlStatements from './directory-sql-statements.mjs';
import notificationFanout from './notification-fanout.mjs';
import subscriptionMemory from './subscription-memory.mjs';
import { briefFanout, contactFanout } from './subscription-fanouts.mjs';
import socketFlood from './socket-flood.mjs';
import webBundle from './web-bundle.mjs';
import startup from './startup.mjs';
import { registryContactsLatency, staleContactsLatency } from './registry-latency.mjs';
import { directoryFixture } from '../lib/directory-fixture.mjs';
import { subscriptionFixture } from '../lib/subscription-fixture.mjs';
import { registryFixture } from '../lib/registry-fixture.mjs';

/**
 * Shared fixtures (servers with their data), by the key rows name in `uses`. They are all started
 * together before the first row is measured (their start-ups overlap; nothing is measured meanwhile),
 * and each is stopped after the last row that uses it.
 */
export const FIXTURES = {
  directory: directoryFixture,
  subscriptions: subscriptionFixture,
  registry: registryFixture,
};

/**
 * Every row, in the order of the table. A row is { id, name, unit, baseline, target: { text, meets },
 * uses?: shared fixtures, measure(ctx) → { value, baselineValue, details } }. Later features add theirs here.
 */
export const ROWS = [
  { ...directoryThroughput, uses: ['directory'] },
  { ...directoryCpu, uses: ['directory'] },
  { ...directorySqlStatements, uses: ['directory'] },
  { ...notificationFanout, uses: ['subscriptions'] },
  { ...subscriptionMemory, uses: ['subscriptions'] },
  { ...contactFanout, uses: ['subscriptions'] },
  { ...briefFanout, uses: ['subscriptions'] },
  socketFlood,
  { ...registryContactsLatency, uses: ['registry'] },
  { ...staleContactsLatency, uses: ['registry'] },
  webBundle,
  startup,
];
