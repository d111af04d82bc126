import { createSession } from '../lib/accounts.mjs';
import { graphqlRequest, startApiProcess } from '../lib/api-process.mjs';
import { migrate, withClient } from '../lib/postgres.mjs';
import { seedRegistry } from '../seed-registry.mjs';

const COUNTED_REQUESTS = 3;

const REGISTRY = `query BenchRegistryStatements($id: ID!) {
  relationship(id: $id) {
    id staleAfterDays organizations { id name }
    contacts { id name verificationStatus channels { kind value } organization { id } revisions { change changedBy { displayName } } }
  }
}`;
const ESCALATION = `query BenchEscalationStatements($electionId: ID!) {
  escalation(electionId: $electionId) {
    preferredChannel { kind value } contactLocalTime viewerLocalTime
    contact { id name organization { id name } relationship { id organizations { id } } }
  }
}`;

/**
 * A small registry for counting statements: relationships with 10 and with 100 contacts, and two
 * elections whose escalation views hold 5 and 50 relationships (one CRITICAL contact each). The
 * API connects through the statement counter when that counts on the wire.
 */
export function statementsFixture(ctx) {
  return ctx.once('registry-statements', async (shared) => {
    const counter = await ctx.statementCounter();
    const database = await ctx.db.createDatabase('registry_statements');
    await migrate(database.url);
    const seeded = await withClient(database.url, async (client) => {
      const seed = await seedRegistry(client, { relationships: 2, contactsPerRelationship: 10 });
      const [few, many] = seed.relationshipIds;
      await addContacts(client, many, seed.companyId, 90);
      const elections = {};
      for (const count of [5, 50]) elections[count] = await electionWith(client, seed.companyId, count);
      return {
        relationships: { 10: few, 100: many },
        elections,
        cookie: await createSession(client, seed.viewerId, ctx.sessionSecret),
      };
    });
    const api = await startApiProcess({
      databaseUrl: counter.apiUrl(database.url),
      sessionSecret: ctx.sessionSecret,
      name: 'API (registry statements)',
    });
    shared.onCleanup(() => api.stop());
    return { ...seeded, counter, database, api };
  });
}

async function addContacts(client, relationshipId, organizationId, count) {
  await client.query(
    `INSERT INTO contact_points (relationship_id, organization_id, name, channels, languages, escalation_tier, last_verified_at)
     SELECT $1, $2, 'Extra contact ' || n,
            jsonb_build_array(jsonb_build_object('kind', 'EMAIL', 'value', 'extra' || n || '@bench.example', 'preferred', true)),
            '{en}', 'ROUTINE', now()
       FROM generate_series(1, $3) n`,
    [relationshipId, organizationId, count],
  );
}

/** An election with `count` active relationships of the company, each with one CRITICAL contact. */
async function electionWith(client, companyId, count) {
  const election = await client.query(
    `INSERT INTO elections (name, country_code, type, election_day, time_zone, period_starts_on, period_ends_on)
     VALUES ('Bench election ' || $1, 'KE', 'GENERAL', '2030-08-09', 'Africa/Nairobi', '2030-07-10', '2030-08-23') RETURNING id`,
    [count],
  );
  const electionId = election.rows[0].id;
  await client.query(
    `WITH authorities AS (
       INSERT INTO organizations (name, kind, country_codes, verified_at)
       SELECT 'Escalation authority ' || $3 || '-' || n, 'ELECTION_AUTHORITY', '{KE}', now() FROM generate_series(1, $3) n
       RETURNING id),
     related AS (
       INSERT INTO relationships (proposer_organization_id, recipient_organization_id, election_id, status, accepted_at)
       SELECT $1, a.id, $2, 'ACTIVE', now() FROM authorities a RETURNING id, recipient_organization_id)
     INSERT INTO contact_points (relationship_id, organization_id, name, channels, languages, time_zone, escalation_tier, last_verified_at)
     SELECT r.id, r.recipient_organization_id, 'Duty desk',
            jsonb_build_array(jsonb_build_object('kind', 'PHONE', 'value', '+254201234567', 'preferred', true)),
            '{en}', 'Africa/Nairobi', 'CRITICAL', now()
       FROM related r`,
    [companyId, electionId, count],
  );
  return electionId;
}

/** The fewest statements of three requests after a warm-up (a once-a-minute session touch cannot tip it). */
async function statementsFor(fixture, query, variables, check) {
  const request = async () => {
    const { status, body } = await graphqlRequest(fixture.api.url, {
      query,
      variables,
      cookie: fixture.cookie,
    });
    if (status !== 200 || body.errors)
      throw new Error(`answered ${status}: ${JSON.stringify(body).slice(0, 300)}`);
    check(body.data);
    return body;
  };
  await request();
  const samples = [];
  for (let i = 0; i < COUNTED_REQUESTS; i += 1)
    samples.push(await fixture.counter.count(fixture.database.name, request));
  const fewest = samples.reduce((a, b) => (b.statements < a.statements ? b : a));
  return { counts: samples.map((sample) => sample.statements), fewest };
}

function countRow({ id, name, sizes, labels, measureOne }) {
  return {
    id,
    name,
    unit: 'statements',
    baseline: `the same request over ${sizes[0]}`,
    labels,
    target: { text: 'equal', meets: (_ratio, value, baselineValue) => value === baselineValue },
    uses: ['registry-statements'],
    async measure(ctx) {
      const fixture = await statementsFixture(ctx);
      const results = {};
      for (const size of sizes) results[size] = await measureOne(fixture, size);
      return {
        value: results[sizes[1]].fewest.statements,
        baselineValue: results[sizes[0]].fewest.statements,
        details: {
          method: fixture.counter.method,
          countsPerRequest: Object.fromEntries(sizes.map((size) => [size, results[size].counts])),
          statementsForLarger: results[sizes[1]].fewest.queries,
        },
      };
    },
  };
}

const lengthIs = (expected, listOf) => (data) => {
  const list = listOf(data);
  if (list.length !== expected) throw new Error(`expected ${expected} entries, got ${list.length}`);
};

export const registryContactsStatements = countRow({
  id: 'registry-contacts-sql-statements',
  name: 'SQL statements per relationship.contacts request with 10 vs 100 contacts',
  sizes: [10, 100],
  labels: { product: '100 contacts', baseline: '10 contacts' },
  measureOne: (fixture, size) =>
    statementsFor(
      fixture,
      REGISTRY,
      { id: fixture.relationships[size] },
      lengthIs(size, (data) => data.relationship.contacts),
    ),
});

export const escalationStatements = countRow({
  id: 'escalation-sql-statements',
  name: 'SQL statements per escalation view with 5 vs 50 relationships',
  sizes: [5, 50],
  labels: { product: '50 relationships', baseline: '5 relationships' },
  measureOne: (fixture, size) =>
    statementsFor(
      fixture,
      ESCALATION,
      { electionId: fixture.elections[size] },
      lengthIs(size, (data) => data.escalation),
    ),
});
