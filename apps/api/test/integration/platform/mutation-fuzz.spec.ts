import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { buildSchema, getNamedType, isLeafType, type GraphQLField } from 'graphql';
import { AccountFactory, type SignUpFields } from '../../factories/account.factory.js';
import { databaseSnapshot } from '../../support/fuzz/database-snapshot.js';
import { valueFor } from '../../support/fuzz/input-arbitraries.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { type TestClient } from '../../support/test-client.js';

/** Generated calls per mutation (FUZZ_RUNS=200 for a long hunt); the whole file stays well under a minute. */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 25);

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`;
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { me { email } } }`;

const schema = buildSchema(readFileSync(resolve(process.cwd(), 'apps/api/schema.graphql'), 'utf8'));
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
/**
 * The whole file stays under a minute however many mutations the schema gains: each gets an equal
 * share of 40 s, and stops early (passing with the calls made so far) when its share is spent.
 */
const TIME_PER_MUTATION_MS = Number(
  process.env['FUZZ_MS_PER_MUTATION'] ?? Math.floor(40_000 / Math.max(1, mutations.length)),
);

/** `mutation ($a0: T!, …) { name(arg: $a0, …) { __typename } }`, from the field's own argument types. */
function documentFor(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg, index) => `$a${index}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg, index) => `${arg.name}: $a${index}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation${variables ? ` (${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

/** A random client address in 10.0.0.0/8. */
function anotherAddress(): string {
  const [a = 0, b = 0, c = 0] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: unknown } }[] };
}

describe('every mutation of the emitted schema, fuzzed with generated and hostile input', () => {
  let t: TestApi;
  let browser: TestClient | undefined;
  let account: SignUpFields;

  beforeAll(async () => {
    // Each call comes from an address of its own (through the trusted loopback proxy), so that the
    // per-address budgets hundreds of refused sign-ins spend do not end the run in RATE_LIMITED.
    t = await startTestApi({ TRUST_PROXY: 'loopback' });
  });
  afterAll(() => t?.close());

  /** A new account, signed up from an address of its own, in a new browser. */
  async function newAccount(): Promise<TestClient> {
    const client = t.client();
    account = AccountFactory.create().build();
    const signedUp = await client.gql(SIGN_UP, { input: account }, { 'x-forwarded-for': anotherAddress() });
    expect(signedUp.errors).toBeUndefined();
    browser = client;
    return client;
  }

  /**
   * A signed-in browser. A fuzzed call may sign it out (signOut, revokeSession): it signs in again,
   * or, when fuzzed password checks (changePassword, disableTotp) spent the account's failed-attempt
   * budget, continues with a new account.
   */
  async function signedIn(): Promise<TestClient> {
    const client = browser ?? (await newAccount());
    const me = await client.gql<{ me: { email: string } | null }>(`{ me { email } }`);
    if (me.data?.me) return client;
    const input = { email: account.email, password: account.password };
    const again = await client.gql(SIGN_IN, { input }, { 'x-forwarded-for': anotherAddress() });
    return again.errors ? newAccount() : client;
  }

  async function send(
    client: TestClient,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<Answer> {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: t.url,
        cookie: client.sessionCookie ?? '',
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

  it('reads mutations from the schema', () => {
    expect(mutations.length).toBeGreaterThan(10);
  });

  it('answers a variable with thousands of wrong items as BAD_USER_INPUT (graphql-js stops at 50 errors)', async () => {
    const ids = Array.from({ length: 5_000 }, (_, index) => ({ index }));
    const answer = await send(
      await signedIn(),
      'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids },
    );
    expect(answer.status).toBeLessThan(500);
    expect(new Set(answer.body.errors?.map((error) => error.extensions?.code))).toEqual(
      new Set(['BAD_USER_INPUT']),
    );
  });

  it.each(mutations.map((field) => [field.name, field]))(
    '%s: never a 5xx or INTERNAL_SERVER_ERROR; refused input changes nothing',
    async (name, field) => {
      const query = documentFor(field);
      const argumentsModel = Object.fromEntries(
        field.args.map((arg, index) => [`a${index}`, valueFor(arg.type)]),
      );
      // The time share is checked here rather than with interruptAfterTimeLimit: that races the call
      // under way with a timer and abandons it (its writes then landed in the next mutation's
      // snapshots), and fails a mutation whose first call alone outlasts the share on a loaded machine.
      const started = Date.now();
      let calls = 0;
      await fc.assert(
        fc.asyncProperty(fc.record(argumentsModel, { requiredKeys: [] }), async (variables) => {
          if (calls > 0 && Date.now() - started > TIME_PER_MUTATION_MS) return;
          calls += 1;
          const client = await signedIn();
          const before = await databaseSnapshot(t.db);
          const answer = await send(client, query, variables);
          const codes = (answer.body.errors ?? []).map((error) => error.extensions?.code);
          expect(answer.status).toBeLessThan(500);
          expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
          const refused = answer.body.data?.[name] === undefined || answer.body.data[name] === null;
          if (refused) {
            expect(codes.length).toBeGreaterThan(0);
            expect(await databaseSnapshot(t.db)).toEqual(before);
          }
        }),
        { numRuns: RUNS },
      );
    },
    60_000,
  );
});
