import { AccountFactory, type SignUpFields } from '../../factories/account.factory.js';
import { LogCapture } from '../../support/log-capture.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type TestClient } from '../../support/test-client.js';
import { openWsClient } from '../../support/ws-client.js';

const ME = `{ me { email user { displayName } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`;

/** What must never reach a client: stacks, file paths, SQL and our table names. */
const INTERNALS = [
  /\bat .+\(.*:\d+:\d+\)/,
  /\.(?:ts|js):\d+/,
  /\/(?:work|src|node_modules|apps)\//,
  /\bSELECT\b|\bFROM\b|\bWHERE\b/i,
  /\brelation\b/i,
  /users/i,
  /QueryFailedError/,
];

function expectNoInternals(text: string): void {
  for (const pattern of INTERNALS) expect(text).not.toMatch(pattern);
}

async function rawGql(
  t: TestApi,
  query: string,
  variables: Record<string, unknown>,
  cookie?: string,
): Promise<{ status: number; text: string }> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, text: await response.text() };
}

describe('unexpected failures', () => {
  const logs = new LogCapture();
  let t: TestApi;
  let account: SignUpFields;
  let browser: TestClient;

  beforeAll(async () => {
    t = await startTestApi({ LOG_LEVEL: 'info' }, { logStream: logs });
    browser = t.client();
    account = await AccountFactory.create().signUp(browser);
    // Break the database under the running API: every query on users now fails inside PostgreSQL.
    await t.db.query('ALTER TABLE users RENAME TO users_gone');
  });
  afterAll(async () => {
    await t?.db.query('ALTER TABLE users_gone RENAME TO users');
    await t?.close();
  });
  beforeEach(() => logs.clear());

  it.each([
    [
      'signIn, signed out',
      () => rawGql(t, SIGN_IN, { input: { email: account.email, password: account.password } }),
    ],
    ['me, signed in with a cookie', () => rawGql(t, ME, {}, browser.sessionCookie ?? '')],
  ])(
    '%s: INTERNAL_SERVER_ERROR with a correlation id, nothing internal in the response',
    async (_case, call) => {
      const { text } = await call();
      expectNoInternals(text);
      expect(text).not.toContain(account.password);
      const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(errorCodes(body.errors)).toEqual(['INTERNAL_SERVER_ERROR']);
      const correlationId = body.errors[0]?.extensions['correlationId'];
      expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(body.errors[0]?.message).toContain(String(correlationId));

      // The log has the whole story under that id, for whoever runs the server…
      const logged = logs.records().filter((r) => r['correlationId'] === correlationId);
      expect(logged).toHaveLength(1);
      expect(logged[0]?.['level']).toBe(50);
      expect(JSON.stringify(logged[0])).toMatch(/users/);
      // …but not the person's secrets or contact details (TypeORM puts query parameters on its error).
      expect(logs.text).not.toContain(account.password);
      expect(logs.text.toLowerCase()).not.toContain(account.email.toLowerCase());
    },
  );

  it('closes a WebSocket whose authentication fails unexpectedly with 4500 and a correlation id, nothing internal', async () => {
    const ws = openWsClient(t.url, { cookie: browser.sessionCookie });
    const { code, reason } = await ws.closed;
    expect(code).toBe(4500);
    expectNoInternals(reason);
    const correlationId = /correlation id ([0-9a-f-]{36})/.exec(reason)?.[1];
    expect(correlationId).toBeDefined();
    expect(logs.records().filter((r) => r['correlationId'] === correlationId)).toHaveLength(1);
  });
});
