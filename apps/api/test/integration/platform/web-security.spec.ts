import { AccountFactory } from '../../factories/account.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { createApiToken } from './api-token.js';
import { openWsClient } from '../../support/ws-client.js';
import { executeOverSocket } from './ws-operation.js';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { me { email } } }`;
const ME = `{ me { email } }`;

/** Headers helmet sets on every response, whatever serves it. */
function expectHelmetHeaders(headers: Headers): void {
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
  expect(headers.get('x-dns-prefetch-control')).toBe('off');
  expect(headers.get('x-powered-by')).toBeNull();
}

/** The Content-Security-Policy as a directive → sources map. */
function csp(headers: Headers): Map<string, string[]> {
  const policy = headers.get('content-security-policy') ?? '';
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

function expectStrictCsp(headers: Headers): void {
  const policy = csp(headers);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  // No inline or evaluated script, from anywhere.
  for (const sources of policy.values()) {
    expect(sources).not.toContain("'unsafe-eval'");
    expect(sources).not.toContain('*');
  }
  expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
}

/** Attributes of one Set-Cookie header, lower-cased names. */
function cookieAttributes(header: string): { name: string; attributes: Map<string, string> } {
  const [pair = '', ...rest] = header.split(';').map((part) => part.trim());
  const attributes = new Map(
    rest.map((part) => {
      const [key = '', value = ''] = part.split('=');
      return [key.toLowerCase(), value];
    }),
  );
  return { name: pair.split('=')[0] ?? '', attributes };
}

async function signUpResponse(t: TestApi): Promise<Response> {
  return fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_UP, variables: { input: AccountFactory.create().build() } }),
  });
}

async function userCount(t: TestApi, email: string): Promise<number> {
  const [row] = await t.db.query('SELECT count(*)::int AS n FROM users WHERE lower(email) = lower($1)', [
    email,
  ]);
  return (row as { n: number }).n;
}

describe('web security', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  describe('headers', () => {
    it('sends helmet headers and a strict CSP with the web app (or its not-built page)', async () => {
      const response = await fetch(`${t.url}/`, { headers: { accept: 'text/html' } });
      expect([200, 503]).toContain(response.status);
      expectHelmetHeaders(response.headers);
      expectStrictCsp(response.headers);
      // HSTS only makes sense over https (see the https instance below).
      expect(response.headers.get('strict-transport-security')).toBeNull();
    });

    it('sends them on /graphql and /healthz too', async () => {
      for (const response of [await signUpResponse(t), await fetch(`${t.url}/healthz`)]) {
        expectHelmetHeaders(response.headers);
        expectStrictCsp(response.headers);
      }
    });
  });

  describe('session cookie', () => {
    it('is HttpOnly and SameSite=Lax, not Secure over plain http', async () => {
      const response = await signUpResponse(t);
      const [header] = response.headers.getSetCookie();
      const { name, attributes } = cookieAttributes(header ?? '');
      expect(name).toBe('ecw_session');
      expect(attributes.has('httponly')).toBe(true);
      expect(attributes.get('samesite')).toBe('Lax');
      expect(attributes.get('path')).toBe('/');
      expect(attributes.has('domain')).toBe(false);
    });

    it('is Secure with the __Host- prefix, and HSTS is sent, when PUBLIC_URL is https', async () => {
      const secure = await startTestApi({ PUBLIC_URL: 'https://workspace.example.org' });
      try {
        const response = await signUpResponse(secure);
        const [header] = response.headers.getSetCookie();
        const { name, attributes } = cookieAttributes(header ?? '');
        expect(name).toBe('__Host-ecw_session');
        expect(attributes.has('secure')).toBe(true);
        expect(attributes.has('httponly')).toBe(true);
        expect(attributes.get('samesite')).toBe('Lax');
        expect(attributes.get('path')).toBe('/');
        expect(attributes.has('domain')).toBe(false);
        expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
        expect(csp(response.headers).has('upgrade-insecure-requests')).toBe(true);

        // The prefixed cookie is the one the API reads back.
        const cookie = (header ?? '').split(';')[0] ?? '';
        const me = await secure.client().gql<{ me: { email: string } | null }>(ME, undefined, { cookie });
        expect(me.data?.me).not.toBeNull();
      } finally {
        await secure.close();
      }
    });
  });

  describe('CSRF prevention', () => {
    it('refuses a text/plain POST mutation without running it', async () => {
      const input = AccountFactory.create().build();
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: 'https://attacker.example' },
        body: JSON.stringify({ query: SIGN_UP, variables: { input } }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.message).toMatch(/Cross-Site Request Forgery/);
      expect(response.headers.getSetCookie()).toEqual([]);
      expect(await userCount(t, input.email)).toBe(0);
    });

    it('refuses a mutation over GET, with or without the preflight header, without running it', async () => {
      const input = AccountFactory.create().build();
      const url = `${t.url}/graphql?${new URLSearchParams({ query: SIGN_UP, variables: JSON.stringify({ input }) })}`;
      const simple = await fetch(url);
      expect(simple.status).toBe(400);
      const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
      expect(preflighted.status).toBe(405);
      expect(await userCount(t, input.email)).toBe(0);
    });

    it('lets a script POST JSON without an Origin, and a preflighted GET query through', async () => {
      const response = await signUpResponse(t);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

      const query = await fetch(`${t.url}/graphql?${new URLSearchParams({ query: '{ __typename }' })}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(query.status).toBe(200);
      expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('WebSocket origin', () => {
    let cookie: string;
    let token: string;
    let email: string;
    beforeAll(async () => {
      const browser = t.client();
      const account = await AccountFactory.create().signUp(browser);
      email = account.email;
      cookie = browser.sessionCookie ?? '';
      token = await createApiToken(browser);
    });

    it('refuses a cookie-authenticated socket from a foreign Origin with 4403', async () => {
      const ws = openWsClient(t.url, { cookie, origin: 'https://attacker.example' });
      expect((await ws.closed).code).toBe(4403);
    });

    it('accepts the same cookie from the same origin, as that account', async () => {
      const ws = openWsClient(t.url, { cookie, origin: t.url });
      await ws.connected;
      const outcome = await executeOverSocket<{ me: { email: string } | null }>(ws, ME);
      expect(outcome.data?.me?.email).toBe(email);
      await ws.close();
    });

    it('accepts a bearer token from any origin (or none)', async () => {
      for (const origin of ['https://integrations.example', null]) {
        const ws = openWsClient(t.url, { bearer: token, origin });
        await ws.connected;
        const outcome = await executeOverSocket<{ me: { email: string } | null }>(ws, ME);
        expect(outcome.data?.me?.email).toBe(email);
        await ws.close();
      }
    });

    it('refuses a socket whose credential is not valid', async () => {
      const ws = openWsClient(t.url, { bearer: 'ecwt_not-a-token' });
      expect((await ws.closed).code).toBe(4403);
    });
  });
});
