import { AccountFactory } from '../../factories/account.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes } from '../../support/test-client.js';
import { present } from './support/present.js';

const ME = `{ me { email isPlatformAdmin mfaEnabled locale timeZone user { id displayName } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`;

describe('sign-up, sign-in and sign-out', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  it('signs up, keeps a session cookie, and makes only the first account platform admin', async () => {
    const first = t.client();
    const firstAccount = await AccountFactory.create().signUp(first);
    const me = await first.ok<{ me: { email: string; isPlatformAdmin: boolean } }>(ME);
    expect(me.me.email).toBe(firstAccount.email);
    expect(me.me.isPlatformAdmin).toBe(true);

    const second = t.client();
    await AccountFactory.create().signUp(second);
    expect((await second.ok<{ me: { isPlatformAdmin: boolean } }>(ME)).me.isPlatformAdmin).toBe(false);
  });

  it('stores an argon2id hash and a server-side session row, never the secrets', async () => {
    const client = t.client();
    const account = await AccountFactory.create().signUp(client);
    const [user] = await t.db.query('SELECT password_hash FROM users WHERE id = $1', [account.userId]);
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await t.db.query('SELECT token_hash FROM sessions WHERE user_id = $1', [account.userId]);
    expect(sessions).toHaveLength(1);
    const cookieSecret = present(client.sessionCookie, 'a session cookie').split('=')[1];
    expect(sessions[0].token_hash).not.toContain(cookieSecret);
  });

  it('refuses a taken e-mail address whatever its case, naming the field, and creates nothing', async () => {
    const account = await AccountFactory.create().signUp(t.client());
    const before = await t.db.query('SELECT count(*)::int AS n FROM users');
    const result = await t
      .client()
      .gql(`mutation ($input: SignUpInput!) { signUp(input: $input) { me { email } } }`, {
        input: AccountFactory.create({ email: account.email.toUpperCase() }).build(),
      });
    expect(errorCodes(result.errors)).toEqual(['CONFLICT']);
    expect(result.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
      { field: 'email', message: expect.any(String) },
    ]);
    expect(await t.db.query('SELECT count(*)::int AS n FROM users')).toEqual(before);
  });

  it.each([
    ['short', 'too short', 'password'],
    ['common', 'password1234', 'password'],
    ['bad e-mail', null, 'email'],
  ])('refuses a %s input with BAD_USER_INPUT naming the field', async (_case, password, field) => {
    const input = AccountFactory.create().build();
    const result = await t
      .client()
      .gql(`mutation ($input: SignUpInput!) { signUp(input: $input) { me { email } } }`, {
        input: { ...input, ...(password ? { password } : { email: 'not-an-address' }) },
      });
    expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
    const fieldErrors = result.errors?.[0]?.extensions?.['fieldErrors'] as { field: string }[];
    expect(fieldErrors.map((e) => e.field)).toEqual([field]);
  });

  it('gives field messages in the language of the request', async () => {
    const result = await t
      .client()
      .gql(
        `mutation ($input: SignUpInput!) { signUp(input: $input) { me { email } } }`,
        { input: { ...AccountFactory.create().build(), password: 'court' } },
        { 'accept-language': 'fr-FR,fr;q=0.9' },
      );
    const fieldErrors = result.errors?.[0]?.extensions?.['fieldErrors'] as { message: string }[];
    expect(fieldErrors.map((fieldError) => fieldError.message)).toEqual(['Utilisez de 12 à 256 caractères.']);
  });

  it('signs in with the right password only, and signs out by revoking the session', async () => {
    const account = await AccountFactory.create().signUp(t.client());
    const wrong = await t
      .client()
      .gql(SIGN_IN, { input: { email: account.email, password: 'not the password at all' } });
    expect(errorCodes(wrong.errors)).toEqual(['UNAUTHENTICATED']);

    const browser = t.client();
    await browser.ok(SIGN_IN, { input: { email: account.email.toUpperCase(), password: account.password } });
    const cookie = present(browser.sessionCookie, 'a session cookie');
    expect((await browser.ok<{ me: { email: string } }>(ME)).me.email).toBe(account.email);
    await browser.ok(`mutation { signOut }`);
    expect((await browser.ok<{ me: null }>(ME)).me).toBeNull();

    // The old cookie, replayed, no longer works: the session row is revoked.
    const replay = await t.client().gql(ME, undefined, { cookie });
    expect(replay.data?.['me']).toBeNull();
  });

  it('rate-limits repeated failed sign-ins for one account well before 40 tries', async () => {
    const account = await AccountFactory.create().signUp(t.client());
    const codes: unknown[] = [];
    for (let attempt = 0; attempt < 15; attempt++) {
      const result = await t
        .client()
        .gql(SIGN_IN, { input: { email: account.email, password: `wrong password ${attempt}` } });
      codes.push(result.errors?.[0]?.extensions?.['code']);
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    const limited = await t
      .client()
      .gql(SIGN_IN, { input: { email: account.email, password: account.password } });
    expect(errorCodes(limited.errors)).toEqual(['RATE_LIMITED']);
    expect(limited.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
  });

  it('lets a whole office behind one address sign up: 30 accounts in a row', async () => {
    const results = [];
    for (let n = 0; n < 30; n++) {
      results.push(
        await t.client().gql(`mutation ($input: SignUpInput!) { signUp(input: $input) { me { email } } }`, {
          input: AccountFactory.create().build(),
        }),
      );
    }
    expect(results.flatMap((result) => errorCodes(result.errors))).toEqual([]);
  });

  it('lets scripts behind one address make hundreds of token requests a minute', async () => {
    const owner = t.client();
    await AccountFactory.create().signUp(owner);
    const { createApiToken } = await owner.ok<{ createApiToken: { secret: string } }>(
      `mutation { createApiToken(name: "office sync") { secret } }`,
    );
    const script = t.client().withToken(createApiToken.secret);
    const codes: unknown[] = [];
    for (let batch = 0; batch < 12; batch++) {
      const results = await Promise.all(Array.from({ length: 25 }, () => script.gql(ME)));
      codes.push(...results.flatMap((result) => errorCodes(result.errors)));
    }
    expect(codes).toEqual([]);
  }, 90_000);
});
