import { AccountFactory } from '../../factories/account.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes } from '../../support/test-client.js';
import { openWsClient } from '../../support/ws-client.js';
import { API_TOKENS, CREATE_TOKEN, createToken, fieldsOf, ME, REVOKE_TOKEN } from './support/operations.js';
import { present } from './support/present.js';

interface ApiTokenView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

describe('API tokens', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  async function signedUp() {
    const browser = t.client();
    const account = await AccountFactory.create().signUp(browser);
    return { browser, account };
  }

  const listTokens = async (client: ReturnType<TestApi['client']>) =>
    (await client.ok<{ apiTokens: ApiTokenView[] }>(API_TOKENS)).apiTokens;

  it('creates a token whose secret is shown once and stored only as a keyed hash, and audits it', async () => {
    const { browser, account } = await signedUp();
    const { createApiToken } = await browser.ok<{
      createApiToken: { secret: string; apiToken: ApiTokenView };
    }>(CREATE_TOKEN, {
      name: '  nightly export  ',
    });
    expect(createApiToken.secret).toMatch(/^ecwt_[A-Za-z0-9_-]{43}$/);
    expect(createApiToken.apiToken).toEqual({
      id: expect.any(String),
      name: 'nightly export',
      createdAt: expect.any(String),
      lastUsedAt: null,
    });

    const rows = await t.db.query('SELECT token_hash, name FROM api_tokens WHERE user_id = $1', [
      account.userId,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(createApiToken.secret.slice(5));
    expect(JSON.stringify(await listTokens(browser))).not.toContain(createApiToken.secret);
    const audit = await t.db.query(
      `SELECT actor_id, target_id FROM audit_events WHERE action = 'api_token.created'`,
    );
    expect(audit).toContainEqual({ actor_id: account.userId, target_id: createApiToken.apiToken.id });
  });

  it('authenticates HTTP requests with the bearer secret and records when it was last used', async () => {
    const { browser, account } = await signedUp();
    const token = await createToken(browser);
    const script = t.client().withToken(token.secret);
    const me = await script.ok<{ me: { email: string } }>(ME);
    expect(me.me.email).toBe(account.email);
    const [listed] = await listTokens(browser);
    const lastUsedAt = present(listed?.lastUsedAt, 'lastUsedAt');
    expect(Date.now() - Date.parse(lastUsedAt)).toBeLessThan(60_000);
  });

  it('authenticates a graphql-ws connection with connectionParams.authorization', async () => {
    const { browser } = await signedUp();
    const token = await createToken(browser);
    const socket = openWsClient(t.url, { bearer: token.secret, origin: null });
    await socket.connected;
    await socket.close();

    const bogus = openWsClient(t.url, { bearer: 'ecwt_not-a-real-token', origin: null });
    expect((await bogus.closed).code).toBe(4403);
  });

  it('lists only the viewer’s own unrevoked tokens, newest first', async () => {
    const { browser } = await signedUp();
    const first = await createToken(browser, 'first');
    const second = await createToken(browser, 'second');
    const revoked = await createToken(browser, 'revoked');
    await browser.ok(REVOKE_TOKEN, { id: revoked.id });
    const { browser: other } = await signedUp();
    await createToken(other, 'someone else');

    expect((await listTokens(browser)).map((token) => token.id)).toEqual([second.id, first.id]);
    expect((await listTokens(other)).map((token) => token.name)).toEqual(['someone else']);
  });

  it.each([
    ['empty', '   '],
    ['over 100 characters', 'x'.repeat(101)],
  ])('refuses a name that is %s, naming the field, and creates nothing', async (_case, name) => {
    const { browser, account } = await signedUp();
    const result = await browser.gql(CREATE_TOKEN, { name });
    expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(result.errors)).toEqual(['name']);
    expect(
      await t.db.query('SELECT count(*)::int AS n FROM api_tokens WHERE user_id = $1', [account.userId]),
    ).toEqual([{ n: 0 }]);
  });

  it('accepts a name of exactly 100 characters', async () => {
    const { browser } = await signedUp();
    const { createApiToken } = await browser.ok<{ createApiToken: { apiToken: ApiTokenView } }>(
      CREATE_TOKEN,
      { name: 'n'.repeat(100) },
    );
    expect(createApiToken.apiToken.name).toHaveLength(100);
  });

  it('revokes a token so that it stops working at once, over HTTP and on an open socket, and audits it', async () => {
    const { browser, account } = await signedUp();
    const token = await createToken(browser);
    const kept = await createToken(browser, 'kept');
    const script = t.client().withToken(token.secret);
    await script.ok(ME);
    const socket = openWsClient(t.url, { bearer: token.secret, origin: null });
    const keptSocket = openWsClient(t.url, { bearer: kept.secret, origin: null });
    await Promise.all([socket.connected, keptSocket.connected]);

    expect(await browser.ok(REVOKE_TOKEN, { id: token.id })).toEqual({ revokeApiToken: true });

    expect((await script.ok<{ me: null }>(ME)).me).toBeNull();
    expect(errorCodes((await script.gql(API_TOKENS)).errors)).toEqual(['UNAUTHENTICATED']);
    expect(await socket.closed).toEqual({ code: 4401, reason: expect.any(String) });
    await expect(
      Promise.race([keptSocket.closed, new Promise((resolve) => setTimeout(() => resolve('open'), 300))]),
    ).resolves.toBe('open');
    expect((await t.client().withToken(kept.secret).ok<{ me: { email: string } }>(ME)).me.email).toBe(
      account.email,
    );
    await keptSocket.close();

    expect((await listTokens(browser)).map((listed) => listed.id)).toEqual([kept.id]);
    const audit = await t.db.query(
      `SELECT actor_id FROM audit_events WHERE action = 'api_token.revoked' AND target_id = $1`,
      [token.id],
    );
    expect(audit).toEqual([{ actor_id: account.userId }]);
    const again = await browser.gql(REVOKE_TOKEN, { id: token.id });
    expect(errorCodes(again.errors)).toEqual(['NOT_FOUND']);
  });

  it('answers NOT_FOUND for someone else’s token, or an id that is not one, and the token keeps working', async () => {
    const { browser: owner } = await signedUp();
    const token = await createToken(owner);
    const { browser: intruder } = await signedUp();

    const theirs = await intruder.gql(REVOKE_TOKEN, { id: token.id });
    expect(errorCodes(theirs.errors)).toEqual(['NOT_FOUND']);
    const malformed = await intruder.gql(REVOKE_TOKEN, { id: 'not-a-uuid' });
    expect(errorCodes(malformed.errors)).toEqual(['NOT_FOUND']);
    const unknown = await intruder.gql(REVOKE_TOKEN, { id: '00000000-0000-4000-8000-000000000000' });
    expect(errorCodes(unknown.errors)).toEqual(['NOT_FOUND']);
    expect(
      (await t.client().withToken(token.secret).ok<{ me: { email: string } | null }>(ME)).me,
    ).not.toBeNull();
  });

  it('lets a token list tokens but never mint or revoke them', async () => {
    const { browser } = await signedUp();
    const token = await createToken(browser);
    const other = await createToken(browser, 'other');
    const script = t.client().withToken(token.secret);

    const minted = await script.gql(CREATE_TOKEN, { name: 'persistence' });
    expect(errorCodes(minted.errors)).toEqual(['FORBIDDEN']);
    expect(minted.errors?.[0]?.extensions?.['reason']).toBe('ACCOUNT_NEEDS_SESSION');
    expect((await listTokens(script)).map((listed) => listed.name)).toEqual(['other', 'script']);
    const revoked = await script.gql(REVOKE_TOKEN, { id: other.id });
    expect(revoked.errors?.[0]?.extensions?.['reason']).toBe('ACCOUNT_NEEDS_SESSION');
    expect((await listTokens(script)).map((listed) => listed.name)).toEqual(['other', 'script']);
  });

  it('refuses every token operation to the signed-out', async () => {
    for (const [query, variables] of [
      [API_TOKENS, undefined],
      [CREATE_TOKEN, { name: 'x' }],
      [REVOKE_TOKEN, { id: '00000000-0000-4000-8000-000000000000' }],
    ] as const) {
      expect(errorCodes((await t.client().gql(query, variables)).errors)).toEqual(['UNAUTHENTICATED']);
    }
  });
});
