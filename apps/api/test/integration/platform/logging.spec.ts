import { AccountFactory, type SignUpFields } from '../../factories/account.factory.js';
import { LogCapture, type LogRecord } from '../../support/log-capture.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { openWsClient } from '../../support/ws-client.js';
import { createApiToken } from './api-token.js';
import { executeOverSocket } from './ws-operation.js';

const ME = `{ me { email } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`;

/** Secrets sent in query strings, unlike any other text in the log. */
const QUERY_SECRETS = {
  reset: 'ecwr_queryResetSecret0001',
  invitation: 'plainInvitationSecret0002',
  code: 'oauthCode0003',
  key: 'apiKey0004',
  secret: 'clientSecret0005',
  referer: 'refererSecret0006',
};

/** The request log's line for a finished request (`core/logging/request-log.ts`). */
function isRequestLine(record: LogRecord): boolean {
  return typeof record['req'] === 'object' && typeof record['res'] === 'object';
}

describe.each(['debug', 'info'])('logs at LOG_LEVEL=%s', (level) => {
  const logs = new LogCapture();
  let t: TestApi;
  let account: SignUpFields;
  let cookie: string;
  let token: string;

  beforeAll(async () => {
    t = await startTestApi({ LOG_LEVEL: level }, { logStream: logs });
    const browser = t.client();
    account = await AccountFactory.create().signUp(browser);
    cookie = browser.sessionCookie ?? '';
    token = await createApiToken(browser);

    // Everything a secret or a contact detail could travel in: bodies, variables, headers, failures.
    await t.client().gql(SIGN_IN, { input: { email: account.email, password: account.password } });
    await t.client().gql(SIGN_IN, { input: { email: account.email, password: `${account.password} typo` } });
    await t.client().gql(ME, undefined, { cookie });
    await t.client().gql(ME, undefined, { authorization: `Bearer ${token}`, cookie });
    await t
      .client()
      .gql(`query { me { email } } # ${account.email}`, undefined, { authorization: `Bearer ${token}` });
    const ws = openWsClient(t.url, { cookie });
    await ws.connected;
    await executeOverSocket(ws, ME);
    await ws.close();
    const scripted = openWsClient(t.url, { bearer: token, origin: null });
    await scripted.connected;
    await executeOverSocket(scripted, ME);
    await scripted.close();

    // Pages opened with a secret in the query (old links, other clients), on any path, and a Referer carrying one.
    for (const path of [
      `/reset-password?token=${QUERY_SECRETS.reset}`,
      `/invitations/accept?token=${QUERY_SECRETS.invitation}`,
      `/somewhere/else?lang=fr&code=${QUERY_SECRETS.code}&api_key=${QUERY_SECRETS.key}&client_secret=${QUERY_SECRETS.secret}`,
    ]) {
      await fetch(`${t.url}${path}`, {
        headers: { referer: `${t.url}/confirm-email?token=${QUERY_SECRETS.referer}` },
      });
    }
  });
  afterAll(() => t.close());

  it('writes JSON lines, with the request lines there', () => {
    expect(logs.records().filter(isRequestLine).length).toBeGreaterThanOrEqual(6);
  });

  it('contains no secret given in a URL’s query or a Referer, whatever the path', () => {
    const text = logs.text;
    expect(text).toContain('/somewhere/else');
    for (const secret of Object.values(QUERY_SECRETS)) expect(text).not.toContain(secret);
  });

  it('contains no password, token, cookie or e-mail address', () => {
    const text = logs.text;
    const cookieSecret = cookie.split('=')[1] ?? '';
    expect(cookieSecret.length).toBeGreaterThan(20);
    expect(text).not.toContain(account.password);
    expect(text).not.toContain(token);
    expect(text).not.toContain(cookieSecret);
    expect(text.toLowerCase()).not.toContain(account.email.toLowerCase());
    // The e-mail's local part alone would identify the person too.
    expect(text).not.toContain(account.email.split('@')[0] ?? '');
  });

  it('gives every request line a request id, the one the response carries as X-Request-Id', async () => {
    logs.clear();
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: ME }),
    });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setImmediate(resolve));

    const lines = logs.records().filter(isRequestLine);
    expect(lines.map((line) => (line['req'] as { id?: unknown }).id)).toEqual([requestId]);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'request completed',
      reqId: requestId,
      req: { method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
    });
    expect(typeof lines[0]?.['responseTime']).toBe('number');
  });

  it('does not take a request id from the client', async () => {
    const response = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'chosen-by-the-client' } });
    expect(response.headers.get('x-request-id')).not.toBe('chosen-by-the-client');
  });
});

describe('logs at LOG_LEVEL=warn', () => {
  const logs = new LogCapture();
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi({ LOG_LEVEL: 'warn' }, { logStream: logs });
  });
  afterAll(() => t.close());

  it('still gives every response a request id of its own, and writes no request line', async () => {
    const first = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'chosen-by-the-client' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const second = await fetch(`${t.url}/healthz`);
    const ids = [first.headers.get('x-request-id'), second.headers.get('x-request-id')];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(logs.records().filter(isRequestLine)).toEqual([]);
  });
});
