import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { createSession } from './accounts.mjs';
import {
  PendingError,
  graphqlRequest,
  schemaFeatures,
  startApiProcess,
  startBaselineProcess,
} from './api-process.mjs';
import { BASELINE_DIR } from './paths.mjs';
import { migrate, withClient } from './postgres.mjs';
import { seedRegistry } from '../seed-registry.mjs';

const CONTACT_FIELDS = `id name title channels { kind value preferred } languages timeZone escalationTier
  verificationStatus lastVerifiedAt updatedAt organization { id }`;
const REGISTRY_QUERY = `query BenchRegistry($id: ID!) { relationship(id: $id) { id contacts { ${CONTACT_FIELDS} } } }`;
const STALE_QUERY = `query BenchStale($organizationId: ID!) { staleContacts(organizationId: $organizationId) { ${CONTACT_FIELDS} } }`;

/** The request bodies a load cycles through: every relationship's registry, or the company's stale list. */
export function registryBodies(fixture) {
  return fixture.seed.relationshipIds.map((id) =>
    JSON.stringify({ operationName: 'BenchRegistry', query: REGISTRY_QUERY, variables: { id } }),
  );
}
export function staleBodies(fixture) {
  return [
    JSON.stringify({
      operationName: 'BenchStale',
      query: STALE_QUERY,
      variables: { organizationId: fixture.seed.companyId },
    }),
  ];
}

async function ask(url, cookie, body) {
  const { operationName, query, variables } = JSON.parse(body);
  const { status, body: answer } = await graphqlRequest(url, { query, variables, cookie, operationName });
  if (status !== 200 || answer.errors)
    throw new Error(
      `${url} answered ${operationName} with ${status}: ${JSON.stringify(answer).slice(0, 400)}`,
    );
  return answer;
}

/**
 * A seeded registry (500 relationships × 20 contacts = 10,000), the API and the baseline on it.
 * Before anything is measured both must give the same answers to the same requests.
 */
export function registryFixture(ctx) {
  return ctx.once('registry', async (shared) => {
    const database = await ctx.db.createDatabase('registry');
    await migrate(database.url);
    const { seed, cookie } = await withClient(database.url, async (client) => {
      const seed = await seedRegistry(client, {
        relationships: ctx.sizes.registryRelationships,
        contactsPerRelationship: 20,
      });
      return { seed, cookie: await createSession(client, seed.viewerId, ctx.sessionSecret) };
    });
    ctx.log(`registry data: ${seed.relationshipIds.length} relationships × 20 contacts`);
    const api = await startApiProcess({
      databaseUrl: database.url,
      sessionSecret: ctx.sessionSecret,
      name: 'API (registry)',
      inspect: ctx.profiling,
    });
    shared.onCleanup(() => api.stop());
    const features = await schemaFeatures(api.url, cookie);
    if (!features.query.has('staleContacts'))
      throw new PendingError('the API has no Query.staleContacts yet');
    const baseline = await startBaselineProcess(
      'registry baseline',
      join(BASELINE_DIR, 'registry-server.mjs'),
      {
        DATABASE_URL: database.url,
        SESSION_SECRET: ctx.sessionSecret,
      },
      { inspect: ctx.profiling },
    );
    shared.onCleanup(() => baseline.stop());
    const fixture = { database, seed, cookie, api, baseline };
    for (const body of [registryBodies(fixture)[0], staleBodies(fixture)[0]]) {
      const [fromApi, fromBaseline] = await Promise.all([
        ask(api.url, cookie, body),
        ask(baseline.url, cookie, body),
      ]);
      if (!isDeepStrictEqual(fromApi, fromBaseline)) {
        throw new Error(
          `the API and the registry baseline answer differently:\nAPI:      ${JSON.stringify(fromApi).slice(0, 500)}\nbaseline: ${JSON.stringify(fromBaseline).slice(0, 500)}`,
        );
      }
    }
    return fixture;
  });
}
