import directoryThroughput from './directory-throughput.mjs';
import directoryCpu from './directory-cpu.mjs';
import directorySqlStatements from './directory-sql-statements.mjs';
import directoryScaleOut from './directory-scale-out.mjs';
import notificationFanout from './notification-fanout.mjs';
import subscriptionMemory from './subscription-memory.mjs';
import { briefFanout, contactFanout } from './subscription-fanouts.mjs';
import socketFlood from './socket-flood.mjs';
import webBundle from './web-bundle.mjs';
import startup from './startup.mjs';
import { registryContactsLatency, staleContactsLatency } from './registry-latency.mjs';
import registryContactsCpu from './registry-cpu.mjs';
import {
  escalationStatements,
  registryContactsStatements,
  statementsFixture,
} from './registry-sql-statements.mjs';
import { directoryFixture } from '../lib/directory-fixture.mjs';
import { subscriptionFixture } from '../lib/subscription-fixture.mjs';
import { registryFixture } from '../lib/registry-fixture.mjs';
import { consultationFixture } from '../lib/consultation-fixture.mjs';
import consultationPageThroughput from './consultation-page-throughput.mjs';
import consultationSqlStatements from './consultation-sql-statements.mjs';
import briefSearchLatency from './brief-search-latency.mjs';
import briefSearchHttpLatency from './brief-search-http-latency.mjs';
import reviewCoEditing from './review-co-editing.mjs';
import reviewOpen from './review-open.mjs';
import { reviewFixture } from '../lib/review-fixture.mjs';

/**
 * Shared fixtures (servers with their data), by the key rows name in `uses`. They are all started
 * together before the first row is measured (their start-ups overlap; nothing is measured meanwhile),
 * and each is stopped after the last row that uses it.
 */
export const FIXTURES = {
  directory: directoryFixture,
  subscriptions: subscriptionFixture,
  registry: registryFixture,
  'registry-statements': statementsFixture,
  consultations: consultationFixture,
  reviews: reviewFixture,
};

/**
 * Every row, in the order of the table. A row is { id, name, unit, baseline, target: { text, meets },
 * uses?: shared fixtures, measure(ctx) → { value, baselineValue, details } }. Later features add theirs here.
 */
export const ROWS = [
  { ...directoryThroughput, uses: ['directory'] },
  { ...directoryCpu, uses: ['directory'] },
  { ...directorySqlStatements, uses: ['directory'] },
  { ...directoryScaleOut, uses: ['directory'] },
  { ...notificationFanout, uses: ['subscriptions'] },
  { ...subscriptionMemory, uses: ['subscriptions'] },
  { ...contactFanout, uses: ['subscriptions'] },
  { ...briefFanout, uses: ['subscriptions'] },
  socketFlood,
  { ...registryContactsLatency, uses: ['registry'] },
  { ...staleContactsLatency, uses: ['registry'] },
  registryContactsCpu,
  registryContactsStatements,
  escalationStatements,
  { ...consultationPageThroughput, uses: ['consultations'] },
  { ...consultationSqlStatements, uses: ['consultations'] },
  { ...briefSearchLatency, uses: ['consultations'] },
  { ...briefSearchHttpLatency, uses: ['consultations'] },
  { ...reviewCoEditing, uses: ['reviews'] },
  { ...reviewOpen, uses: ['reviews'] },
  webBundle,
  startup,
];
