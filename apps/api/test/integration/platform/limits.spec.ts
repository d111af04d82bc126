import { type GraphQLFormattedError } from 'graphql';
import { AccountFactory } from '../../factories/account.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes } from '../../support/test-client.js';
import { parseConfig } from '../../../src/core/config/config.schema.js';
import { SocketRegistry } from '../../../src/core/graphql/socket-registry.js';
import { openWsClient, type WsTestClient } from '../../support/ws-client.js';
import { executeOverSocket } from './ws-operation.js';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { me { email } } }`;
const UPDATE_PROFILE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { user { displayName } } }`;

/**
 * `__type { fields { type { ofType { ofType … } } } }`: a query `depth` levels deep that is valid
 * today (`ofType` chains are not refused by graphql-js's introspection-depth rule; `fields` would be).
 */
function nestedQuery(depth: number, leaves = 'name'): string {
  let selection = leaves;
  for (let level = depth - 1; level > 3; level -= 1) selection = `ofType { ${selection} }`;
  return `__type(name: "Query") { fields { type { ${selection} } } }`;
}

/** `me { memberships { organization { members { edges { node { organization { members … } } } } } } } }`, `connections` times. */
function connectionsDeep(connections: number): string {
  let selection = 'id';
  for (let level = 0; level < connections; level += 1)
    selection = `organization { members { edges { node { ${selection} } } } }`;
  return `query Deep { me { memberships { ${selection} } } }`;
}

const TWELVE_CONNECTIONS_DEEP = connectionsDeep(12);

/** A POST as a script sends it, with an operation name. */
async function post(t: TestApi, body: Record<string, unknown>) {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: GraphQLFormattedError[] },
  };
}

/** Refused by validation, the depth limit among the reasons (so deep a query is also too costly). */
function expectRefusedAsTooDeep(errors: readonly GraphQLFormattedError[] | undefined): void {
  expect(new Set(errorCodes(errors))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
  expect(errors?.map((e) => e.message)).toContainEqual(
    expect.stringMatching(/Query depth limit of 12 exceeded/),
  );
}

async function userCount(t: TestApi, email: string): Promise<number> {
  const [row] = await t.db.query('SELECT count(*)::int AS n FROM users WHERE lower(email) = lower($1)', [
    email,
  ]);
  return (row as { n: number }).n;
}

describe('input limits, the same over HTTP and WebSocket', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  describe('depth', () => {
    it('refuses a query nested 12 connections deep over HTTP, before anything in the document runs', async () => {
      const input = AccountFactory.create().build();
      // The operation asked for is the sign-up; the deep query beside it is enough to refuse the document.
      const { status, body } = await post(t, {
        query: `${SIGN_UP} ${TWELVE_CONNECTIONS_DEEP}`,
        operationName: 'SignUp',
        variables: { input },
      });
      expect(status).toBe(400);
      expectRefusedAsTooDeep(body.errors);
      expect(body.data).toBeUndefined();
      expect(await userCount(t, input.email)).toBe(0);
    });

    it('refuses it over WebSocket too, with a GraphQL error and the socket still usable', async () => {
      const ws = openWsClient(t.url);
      await ws.connected;
      expectRefusedAsTooDeep((await executeOverSocket(ws, TWELVE_CONNECTIONS_DEEP)).errors);
      expect(await executeOverSocket(ws, '{ __typename }')).toEqual({ data: { __typename: 'Query' } });
      await ws.close();
    });

    it('admits a query 12 levels deep and refuses one 13 levels deep', async () => {
      const browser = t.client();
      await AccountFactory.create().signUp(browser);
      const everyday = await browser.gql(
        `{ me { memberships { organization { members { edges { node { user { displayName } } } } } } } }`,
      );
      expect(everyday.errors).toBeUndefined();
      const twelve = await t.client().gql(`{ ${nestedQuery(12)} }`);
      expect(twelve.errors).toBeUndefined();
      expect(twelve.data?.['__type']).toBeTruthy();
      const thirteen = await t.client().gql(`{ ${nestedQuery(13)} }`);
      expect(thirteen.errors?.map((e) => e.message)).toEqual([
        'Syntax Error: Query depth limit of 12 exceeded, found 13.',
      ]);
    });
  });

  describe('cost', () => {
    const costly = (leaves: number) => `{ ${nestedQuery(12, Array(leaves).fill('name').join(' '))} }`;

    it('refuses a shallow but costly query over HTTP and WebSocket, and admits a cheap one of the same shape', async () => {
      const http = await t.client().gql(costly(200));
      expect(http.status).toBe(400);
      expect(errorCodes(http.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(http.errors?.[0]?.message).toMatch(/Cost limit of 5000/);

      const ws = openWsClient(t.url);
      await ws.connected;
      const overSocket = await executeOverSocket(ws, costly(200));
      expect(errorCodes(overSocket.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(overSocket.errors?.[0]?.message).toMatch(/Cost limit of 5000/);
      await ws.close();

      expect((await t.client().gql(costly(2))).errors).toBeUndefined();
    });

    it('counts page sizes given as variables, over HTTP and WebSocket', async () => {
      const nested = `query ($n: Int, $m: Int) {
        organizations(first: $n) { edges { node { members(first: $m) { edges { node { user { displayName } } } } } } }
      }`;
      const http = await t.client().gql(nested, { n: 100, m: 100 });
      expect(http.status).toBe(400);
      expect(errorCodes(http.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(http.errors?.[0]?.message).toMatch(/Cost limit of 5000/);

      const ws = openWsClient(t.url);
      await ws.connected;
      const overSocket = await executeOverSocket(ws, nested, { n: 100, m: 100 });
      expect(errorCodes(overSocket.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      await ws.close();

      expect(errorCodes((await t.client().gql(nested, { n: 5, m: 5 })).errors)).not.toContain(
        'GRAPHQL_VALIDATION_FAILED',
      );
    });
  });

  describe('aliases', () => {
    it('refuses more than 15 aliases with a validation error, over HTTP and WebSocket', async () => {
      const aliased = (count: number) =>
        `{ ${Array.from({ length: count }, (_, i) => `a${i}: me { email }`).join(' ')} }`;
      const ws = openWsClient(t.url);
      await ws.connected;
      for (const outcome of [await t.client().gql(aliased(16)), await executeOverSocket(ws, aliased(16))]) {
        expect(errorCodes(outcome.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
        expect(outcome.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded/);
      }
      expect((await executeOverSocket(ws, aliased(15))).errors).toBeUndefined();
      await ws.close();
    });
  });

  describe('page size', () => {
    it.each(['organizations', 'notifications'])(
      'refuses %s(first: 101) with BAD_USER_INPUT naming first, over HTTP and WebSocket',
      async (connection) => {
        const browser = t.client();
        await AccountFactory.create().signUp(browser);
        const ws = openWsClient(t.url, { cookie: browser.sessionCookie });
        await ws.connected;
        const query = (first: number) => `{ ${connection}(first: ${first}) { totalCount } }`;
        for (const outcome of [await browser.gql(query(101)), await executeOverSocket(ws, query(101))]) {
          expect(errorCodes(outcome.errors)).toEqual(['BAD_USER_INPUT']);
          const fieldErrors = outcome.errors?.[0]?.extensions?.['fieldErrors'] as
            { field: string }[] | undefined;
          expect(fieldErrors?.map((e) => e.field)).toEqual(['first']);
        }
        expect((await browser.gql(query(100))).errors).toBeUndefined();
        await ws.close();
      },
    );
  });

  describe('sockets per account', () => {
    it('allows a busy newsroom by default (at least 1,000 per account)', () => {
      expect(parseConfig({}).MAX_SOCKETS_PER_ACCOUNT).toBeGreaterThanOrEqual(1000);
    });

    it('refuses the socket over the configured cap with 4403, and counts per account', async () => {
      const capped = await startTestApi({ MAX_SOCKETS_PER_ACCOUNT: '2' });
      const sockets: WsTestClient[] = [];
      const open = (cookie: string | null) => {
        const socket = openWsClient(capped.url, { cookie });
        sockets.push(socket);
        return socket;
      };
      try {
        const [first, second] = [capped.client(), capped.client()];
        const { userId } = await AccountFactory.create().signUp(first);
        await AccountFactory.create().signUp(second);
        const [one, two] = [open(first.sessionCookie), open(first.sessionCookie)];
        await Promise.all([one.connected, two.connected]);
        expect((await open(first.sessionCookie).closed).code).toBe(4403);
        // Another account has its own allowance.
        await open(second.sessionCookie).connected;
        // A closed socket frees its place (once the server has seen it close).
        await one.close();
        const registry = capped.api.app.get(SocketRegistry);
        while (registry.countFor(userId) > 1) await new Promise((resolve) => setTimeout(resolve, 10));
        await open(first.sessionCookie).connected;
      } finally {
        await Promise.all(sockets.map((socket) => socket.close()));
        await capped.close();
      }
    });
  });

  describe('string lengths and body sizes', () => {
    it('names a 300 KB displayName in BAD_USER_INPUT (under the body limit, so not 413) and creates nothing', async () => {
      const input = AccountFactory.create({ displayName: 'x'.repeat(300 * 1024) }).build();
      const result = await t.client().gql(SIGN_UP, { input });
      expect(result.status).toBe(200);
      expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
      const fieldErrors = result.errors?.[0]?.extensions?.['fieldErrors'] as {
        field: string;
        message: string;
      }[];
      expect(fieldErrors.map((e) => e.field)).toEqual(['displayName']);
      expect(fieldErrors[0]?.message).toMatch(/100/);
      expect(await userCount(t, input.email)).toBe(0);
    });

    it('answers a 1.5 MB body with 413 and a GraphQL-shaped JSON error', async () => {
      const input = AccountFactory.create({ displayName: 'x'.repeat(1.5 * 1024 * 1024) }).build();
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SIGN_UP, variables: { input } }),
      });
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body).toEqual({
        errors: [{ message: expect.stringMatching(/1 MB/), extensions: { code: expect.any(String) } }],
      });
      expect(await userCount(t, input.email)).toBe(0);
    });

    it('closes a socket that sends a 1.5 MB message with 1009, and keeps serving everyone else', async () => {
      const bystander = openWsClient(t.url);
      const sender = openWsClient(t.url);
      await Promise.all([bystander.connected, sender.connected]);
      const input = AccountFactory.create({ displayName: 'x'.repeat(1.5 * 1024 * 1024) }).build();
      sender.subscribe(SIGN_UP, { input });
      expect((await sender.closed).code).toBe(1009);

      expect(await executeOverSocket(bystander, '{ __typename }')).toEqual({ data: { __typename: 'Query' } });
      const fresh = openWsClient(t.url);
      await fresh.connected;
      expect(await executeOverSocket(fresh, '{ __typename }')).toEqual({ data: { __typename: 'Query' } });
      expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
      await Promise.all([bystander.close(), fresh.close()]);
      expect(await userCount(t, input.email)).toBe(0);
    });

    it('applies the same string-length rule to a mutation over HTTP and over WebSocket, changing nothing', async () => {
      const browser = t.client();
      const account = await AccountFactory.create().signUp(browser);
      const input = { displayName: 'x'.repeat(300 * 1024) };
      const ws = openWsClient(t.url, { cookie: browser.sessionCookie });
      await ws.connected;
      for (const outcome of [
        await browser.gql(UPDATE_PROFILE, { input }),
        await executeOverSocket(ws, UPDATE_PROFILE, { input }),
      ]) {
        expect(errorCodes(outcome.errors)).toEqual(['BAD_USER_INPUT']);
        const fieldErrors = outcome.errors?.[0]?.extensions?.['fieldErrors'] as
          { field: string }[] | undefined;
        expect(fieldErrors?.map((e) => e.field)).toEqual(['displayName']);
      }
      await ws.close();
      const [row] = await t.db.query('SELECT display_name FROM users WHERE id = $1', [account.userId]);
      expect((row as { display_name: string }).display_name).toBe(account.displayName);
    });
  });
});
