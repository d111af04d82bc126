import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { buildSchema, getNamedType, isLeafType, isNonNullType, type GraphQLField } from 'graphql';
import { RateLimits } from '../../../src/core/rate-limit/rate-limits.js';
import { type Person } from '../../factories/organization.factory.js';
import { DatabaseCopy } from '../../support/fuzz/database-snapshot.js';
import { buildFuzzWorld } from '../../support/fuzz/fuzz-world.js';
import { type IdValues, valueFor } from '../../support/fuzz/input-arbitraries.js';
import { harvestIds, idPlacesWithoutRows, realIdValues } from '../../support/fuzz/real-ids.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';

/**
 * Every mutation of the emitted schema, called by a signed-in user with arguments generated from
 * its types (hostile strings, wrong types, huge lists, deep nesting), in a world of real rows that
 * user may act on (support/fuzz/fuzz-world.ts): ID arguments are mostly real ids of the kind their
 * name says, so calls get past NOT_FOUND to the rules, the validation and the SQL behind them.
 * Every call starts from the same world: what an accepted call changed is put back before the next.
 * FUZZ_REPORT=<file> writes how the calls of each mutation ended (accepted, or the first error's code).
 */

/** Generated calls per mutation (FUZZ_RUNS=200 for a long hunt); the whole file stays well under a minute. */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 25);

const schema = buildSchema(readFileSync(resolve(process.cwd(), 'apps/api/schema.graphql'), 'utf8'));
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
/**
 * The whole file stays under a minute however many mutations the schema gains: each gets an equal
 * share of 36 s, and stops early (passing with the calls made so far) when its share is spent. A
 * call costs about 10 ms on an idle machine, so RUNS end first there; on a loaded one the shares do.
 * (36 s, not the 40 s of before the world of real ids: the world takes 1–4 s to build.)
 */
const TIME_PER_MUTATION_MS = Number(
  process.env['FUZZ_MS_PER_MUTATION'] ?? Math.floor(36_000 / Math.max(1, mutations.length)),
);

/** `mutation ($a0: T!, …) { name(arg: $a0, …) { __typename } }`, from the field's own argument types. */
function documentFor(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg, index) => `$a${index}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg, index) => `${arg.name}: $a${index}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation${variables ? ` (${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

/**
 * The variables of a call: mostly well-typed, every required argument given, so that the call gets
 * past GraphQL's own checks to the resolver and the rules behind it; sometimes malformed anywhere,
 * any argument left out, for GraphQL to refuse.
 */
function variablesFor(
  field: GraphQLField<unknown, unknown>,
  ids: IdValues,
): fc.Arbitrary<Record<string, unknown>> {
  const model = (wellTyped: boolean) =>
    Object.fromEntries(
      field.args.map((arg, index) => [
        `a${index}`,
        valueFor(arg.type, { name: arg.name, owner: field.name }, { ids, wellTyped }),
      ]),
    );
  const required = field.args.flatMap((arg, index) => (isNonNullType(arg.type) ? [`a${index}`] : []));
  return fc.oneof(
    { weight: 3, arbitrary: fc.record(model(true), { requiredKeys: required }) },
    { weight: 1, arbitrary: fc.record(model(false), { requiredKeys: [] }) },
  );
}

/** A random client address in 10.0.0.0/8. */
function anotherAddress(): string {
  const [a = 0, b = 0, c = 0] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { path?: unknown[]; extensions?: { code?: unknown } }[];
  };
}

/**
 * How a call ended, for FUZZ_REPORT: ACCEPTED, or the first error's code, prefixed `resolver:` when
 * the mutation's resolver ran (the error has a path) and `request:` when GraphQL refused the request
 * before it (unknown variables, wrong types, limits).
 */
function outcome(name: string, answer: Answer): string {
  const value = answer.body.data?.[name];
  if (value !== undefined && value !== null) return 'ACCEPTED';
  const [first] = answer.body.errors ?? [];
  return `${first?.path ? 'resolver' : 'request'}:${String(first?.extensions?.code)}`;
}

describe('every mutation of the emitted schema, fuzzed with generated and hostile input', () => {
  let t: TestApi;
  let fuzzer: Person;
  let world: DatabaseCopy;
  let ids: IdValues;
  let realIds: Map<string, string[]>;
  const outcomes = new Map<string, Record<string, number>>();

  beforeAll(async () => {
    // Each call comes from an address of its own (through the trusted loopback proxy), so that the
    // per-address budgets hundreds of refused sign-ins spend do not end the run in RATE_LIMITED.
    t = await startTestApi({ TRUST_PROXY: 'loopback' });
    ({ fuzzer } = await buildFuzzWorld(t));
    realIds = await harvestIds(t.db);
    ids = realIdValues(realIds);
    world = await DatabaseCopy.save(t.db);
  });
  afterAll(async () => {
    if (process.env['FUZZ_REPORT']) {
      const lines = [...outcomes].map(([name, counts]) => `${name} ${JSON.stringify(counts)}`);
      writeFileSync(process.env['FUZZ_REPORT'], `${lines.join('\n')}\n`);
    }
    await t?.close();
  });

  async function send(query: string, variables: Record<string, unknown>): Promise<Answer> {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: t.url,
        cookie: fuzzer.client.sessionCookie ?? '',
        'x-forwarded-for': anotherAddress(),
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: Answer['body'];
    try {
      body = JSON.parse(text) as Answer['body'];
    } catch {
      throw new Error(`not JSON (HTTP ${response.status}): ${text.slice(0, 200)}`);
    }
    return { status: response.status, body };
  }

  /**
   * One call as the fuzzer, in the world as saved: never a 5xx or INTERNAL_SERVER_ERROR, and when
   * refused, not one table differs from the world. Whatever the call changed is put back before the
   * checks, so the next call (or fast-check's shrinking) starts from the same world again.
   */
  async function fuzzedCall(name: string, query: string, variables: Record<string, unknown>): Promise<void> {
    const answer = await send(query, variables);
    const changed = await world.changes();
    await world.restore(changed);
    const ended = outcome(name, answer);
    const counts = outcomes.get(name) ?? {};
    counts[ended] = (counts[ended] ?? 0) + 1;
    outcomes.set(name, counts);
    const codes = (answer.body.errors ?? []).map((error) => error.extensions?.code);
    expect(answer.status).toBeLessThan(500);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    if (ended !== 'ACCEPTED') {
      expect(codes.length).toBeGreaterThan(0);
      expect(changed).toEqual([]);
    }
  }

  it('reads mutations from the schema', () => {
    expect(mutations.length).toBeGreaterThan(10);
  });

  it('has real rows of the kind every ID argument and input field names (else: add them to the world)', () => {
    expect(idPlacesWithoutRows(mutations, realIds)).toEqual([]);
  });

  it('answers a variable with thousands of wrong items as BAD_USER_INPUT (graphql-js stops at 50 errors)', async () => {
    const items = Array.from({ length: 5_000 }, (_, index) => ({ index }));
    const answer = await send('mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', {
      ids: items,
    });
    expect(answer.status).toBeLessThan(500);
    expect(new Set(answer.body.errors?.map((error) => error.extensions?.code))).toEqual(
      new Set(['BAD_USER_INPUT']),
    );
    expect(await world.changes()).toEqual([]);
  });

  it.each(mutations.map((field) => [field.name, field]))(
    '%s: never a 5xx or INTERNAL_SERVER_ERROR; refused input changes nothing',
    async (name, field) => {
      const query = documentFor(field);
      // Wrong passwords (changePassword, reauthenticate…) slow the fuzzer's password checks down for
      // an hour; like the database, the budget starts afresh for each mutation.
      await t.api.app.get(RateLimits).reset('signInFailuresByAccount', fuzzer.email.toLowerCase());
      // The time share is checked here rather than with interruptAfterTimeLimit: that races the call
      // under way with a timer and abandons it (its writes then landed in the next mutation's
      // snapshots), and fails a mutation whose first call alone outlasts the share on a loaded machine.
      const started = Date.now();
      let calls = 0;
      await fc.assert(
        fc.asyncProperty(variablesFor(field, ids), async (variables) => {
          if (calls > 0 && Date.now() - started > TIME_PER_MUTATION_MS) return;
          calls += 1;
          await fuzzedCall(name, query, variables);
        }),
        // Without arguments every call is the same call, in the same world.
        { numRuns: field.args.length === 0 ? 1 : RUNS },
      );
    },
    60_000,
  );

  it('kept the fuzzer signed in throughout, so the calls reached the rules behind authentication', async () => {
    const me = await fuzzer.client.gql<{ me: { email: string } | null }>(`{ me { email } }`);
    expect(me.data?.me?.email).toBe(fuzzer.email);
  });
});
