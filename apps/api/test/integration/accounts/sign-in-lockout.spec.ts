import { Secret, TOTP } from 'otpauth';
import { signUpPerson, type Person } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes } from '../../support/test-client.js';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`;
const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const ATTACKER = '203.0.113.66';
const OWNER_HOME = '198.51.100.7';
const OFFICE = '192.0.2.10';

/**
 * Failed sign-ins must stop a guesser without locking out the account's owner: limits per account +
 * address and per address, a device cookie for browsers that signed in before, and budgets spent
 * before the password is checked. Two client addresses come from X-Forwarded-For under TRUST_PROXY.
 */
describe('sign-in limits that do not lock the owner out', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi({ TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());

  async function guess(person: Pick<Person, 'email'>, from: string, attempt: number): Promise<unknown> {
    const result = await t
      .client({ from })
      .gql(SIGN_IN, { input: { email: person.email, password: `wrong guess ${attempt}` } });
    return result.errors?.[0]?.extensions?.['code'];
  }

  it('refuses a guesser after 10 failures while the owner signs in from another address', async () => {
    const owner = await signUpPerson(t);
    const codes = [];
    for (let attempt = 0; attempt < 12; attempt++) codes.push(await guess(owner, ATTACKER, attempt));
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    expect(codes.slice(10)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    const rightPasswordFromAttacker = await t
      .client({ from: ATTACKER })
      .gql(SIGN_IN, { input: { email: owner.email, password: owner.password } });
    expect(errorCodes(rightPasswordFromAttacker.errors)).toEqual(['RATE_LIMITED']);

    const home = await t
      .client({ from: OWNER_HOME })
      .gql(SIGN_IN, { input: { email: owner.email, password: owner.password } });
    expect(errorCodes(home.errors)).toEqual([]);
  });

  it('lets the owner’s browser that signed in before keep signing in from an address under attack', async () => {
    const owner = await signUpPerson(t);
    const laptop = t.client({ from: OFFICE });
    await laptop.ok(SIGN_IN, { input: { email: owner.email, password: owner.password } });
    await laptop.ok(`mutation { signOut }`);
    for (let attempt = 0; attempt < 11; attempt++) await guess(owner, OFFICE, attempt);
    const stranger = await t
      .client({ from: OFFICE })
      .gql(SIGN_IN, { input: { email: owner.email, password: owner.password } });
    expect(errorCodes(stranger.errors)).toEqual(['RATE_LIMITED']);

    const again = await laptop.gql(SIGN_IN, { input: { email: owner.email, password: owner.password } });
    expect(errorCodes(again.errors)).toEqual([]);
  });

  it('admits at most 10 password checks per account and address, also when guesses arrive at once', async () => {
    const owner = await signUpPerson(t);
    const from = '203.0.113.77';
    const codes = await Promise.all(Array.from({ length: 25 }, (_, attempt) => guess(owner, from, attempt)));
    expect(codes.filter((code) => code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(10);
    expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(15);
    const [failed] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'account.sign_in_failed' AND target_id = $1`,
      [owner.userId],
    );
    expect(failed.n).toBeLessThanOrEqual(10);
  });

  it('counts wrong current passwords on password change against the same budget, concurrently too', async () => {
    const owner = await signUpPerson(t);
    const browser = t.client({ from: '203.0.113.88' });
    await browser.ok(SIGN_IN, { input: { email: owner.email, password: owner.password } });
    // A stolen session guessing the password: the device cookie is this account's, so the device budget applies.
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, attempt) =>
        browser.gql(CHANGE_PASSWORD, {
          input: { currentPassword: `wrong ${attempt}`, newPassword: 'a brand new passphrase 1' },
        }),
      ),
    );
    const codes = results.map((result) => result.errors?.[0]?.extensions?.['code']);
    expect(codes.filter((code) => code === 'BAD_USER_INPUT').length).toBeLessThanOrEqual(10);
    expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(10);
  });

  it('checks at most 10 second-factor codes per account in 15 minutes, also concurrently', async () => {
    const owner = await signUpPerson(t);
    const { startTotpEnrollment } = await owner.client.ok<{ startTotpEnrollment: { secret: string } }>(
      `mutation { startTotpEnrollment { secret } }`,
    );
    const totp = new TOTP({
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      secret: Secret.fromBase32(startTotpEnrollment.secret),
    });
    await owner.client.ok(
      `mutation ($input: ConfirmTotpInput!) { confirmTotpEnrollment(input: $input) { codes } }`,
      {
        input: { code: totp.generate() },
      },
    );
    const wrong = (n: number) => String((Number(totp.generate()) + 1 + n) % 1_000_000).padStart(6, '0');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        t
          .client({ from: `198.51.100.${100 + n}` })
          .gql(SIGN_IN, { input: { email: owner.email, password: owner.password, totpCode: wrong(n) } }),
      ),
    );
    const codes = results.map((result) => result.errors?.[0]?.extensions?.['code']);
    expect(codes.filter((code) => code === 'BAD_USER_INPUT').length).toBeLessThanOrEqual(10);
    expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(10);
  });
});
