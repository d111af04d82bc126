import { AccountFactory } from '../../factories/account.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type TestClient } from '../../support/test-client.js';
import { Authenticator } from './support/authenticator.js';
import {
  CONFIRM_TOTP,
  createToken,
  DISABLE_TOTP,
  enableTotp,
  fieldsOf,
  ME,
  SIGN_IN,
  signIn,
  START_TOTP,
} from './support/operations.js';
import { present } from './support/present.js';

describe('two-factor authentication (TOTP and recovery codes)', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  /** A signed-up account with TOTP on, confirmed with the current step's code; the next step's code is still unused. */
  async function accountWithTotp() {
    const browser = t.client();
    const account = await AccountFactory.create().signUp(browser);
    let app!: Authenticator;
    let confirmedStep = 0;
    const { secret, recoveryCodes } = await enableTotp(browser, (newSecret) => {
      app = new Authenticator(newSecret);
      confirmedStep = app.step();
      return app.codeAt(confirmedStep);
    });
    return {
      browser,
      account,
      app,
      secret,
      recoveryCodes,
      confirmedCode: app.codeAt(confirmedStep),
      nextCode: app.codeAt(confirmedStep + 1),
    };
  }

  const mfaEnabled = async (client: TestClient) =>
    (await client.ok<{ me: { mfaEnabled: boolean } }>(ME)).me.mfaEnabled;

  it('starts enrolment with a base32 secret and an otpauth URI, sealed at rest, without turning MFA on yet', async () => {
    const browser = t.client();
    const account = await AccountFactory.create().signUp(browser);
    const { startTotpEnrollment } = await browser.ok<{
      startTotpEnrollment: { secret: string; otpauthUri: string };
    }>(START_TOTP);

    expect(startTotpEnrollment.secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(startTotpEnrollment.otpauthUri);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe(`/Election Workspace:${account.email}`);
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      issuer: 'Election Workspace',
      secret: startTotpEnrollment.secret,
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
    const [row] = await t.db.query('SELECT totp_secret, totp_enabled_at FROM users WHERE id = $1', [
      account.userId,
    ]);
    expect(row.totp_secret).not.toContain(startTotpEnrollment.secret);
    expect(row.totp_enabled_at).toBeNull();
    expect(await mfaEnabled(browser)).toBe(false);
    // Pending enrolment does not lock anyone out: sign-in still needs no code.
    await signIn(t.client(), { email: account.email, password: account.password });
  });

  it('confirms only with a right code, then returns 10 distinct recovery codes stored as hashes, and audits', async () => {
    const browser = t.client();
    const account = await AccountFactory.create().signUp(browser);
    const { startTotpEnrollment } = await browser.ok<{ startTotpEnrollment: { secret: string } }>(START_TOTP);
    const app = new Authenticator(startTotpEnrollment.secret);

    const wrong = await browser.gql(CONFIRM_TOTP, { input: { code: app.wrongCode() } });
    expect(errorCodes(wrong.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(wrong.errors)).toEqual(['code']);
    expect(await mfaEnabled(browser)).toBe(false);

    const { confirmTotpEnrollment } = await browser.ok<{ confirmTotpEnrollment: { codes: string[] } }>(
      CONFIRM_TOTP,
      {
        input: { code: app.codeAt(app.step()) },
      },
    );
    expect(confirmTotpEnrollment.codes).toHaveLength(10);
    expect(new Set(confirmTotpEnrollment.codes).size).toBe(10);
    for (const code of confirmTotpEnrollment.codes)
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
    expect(await mfaEnabled(browser)).toBe(true);

    const stored = await t.db.query('SELECT code_hash FROM recovery_codes WHERE user_id = $1', [
      account.userId,
    ]);
    expect(stored).toHaveLength(10);
    const hashes = (stored as { code_hash: string }[]).map((row) => row.code_hash).join(' ');
    for (const code of confirmTotpEnrollment.codes) {
      expect(hashes).not.toContain(code);
      expect(hashes).not.toContain(code.replace('-', ''));
    }
    const audit = await t.db.query(
      `SELECT actor_id FROM audit_events WHERE action = 'account.mfa_enabled' AND target_id = $1`,
      [account.userId],
    );
    expect(audit).toEqual([{ actor_id: account.userId }]);
  });

  it('refuses to confirm without a pending enrolment, and to start again once enabled', async () => {
    const browser = t.client();
    await AccountFactory.create().signUp(browser);
    const notPending = await browser.gql(CONFIRM_TOTP, { input: { code: '123456' } });
    expect(errorCodes(notPending.errors)).toEqual(['CONFLICT']);

    const { browser: enrolled } = await accountWithTotp();
    const again = await enrolled.gql(START_TOTP);
    expect(errorCodes(again.errors)).toEqual(['CONFLICT']);
    const confirmAgain = await enrolled.gql(CONFIRM_TOTP, { input: { code: '123456' } });
    expect(errorCodes(confirmAgain.errors)).toEqual(['CONFLICT']);
  });

  it('then requires a code at sign-in: missing is MFA_REQUIRED, wrong names totpCode, right signs in', async () => {
    const { account, app, nextCode } = await accountWithTotp();

    const missingClient = t.client();
    const missing = await missingClient.gql(SIGN_IN, {
      input: { email: account.email, password: account.password },
    });
    expect(errorCodes(missing.errors)).toEqual(['BAD_USER_INPUT']);
    expect(missing.errors?.[0]?.extensions?.['reason']).toBe('MFA_REQUIRED');
    expect(fieldsOf(missing.errors)).toEqual(['totpCode']);
    expect(missingClient.sessionCookie).toBeNull();

    const wrongClient = t.client();
    const wrong = await wrongClient.gql(SIGN_IN, {
      input: { email: account.email, password: account.password, totpCode: app.wrongCode() },
    });
    expect(errorCodes(wrong.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(wrong.errors)).toEqual(['totpCode']);
    expect(wrongClient.sessionCookie).toBeNull();

    // A wrong code with a wrong password is a wrong password: the code is never looked at.
    const badPassword = await t.client().gql(SIGN_IN, {
      input: { email: account.email, password: 'not the password at all', totpCode: nextCode },
    });
    expect(errorCodes(badPassword.errors)).toEqual(['UNAUTHENTICATED']);

    const browser = t.client();
    await signIn(browser, { email: account.email, password: account.password, totpCode: nextCode });
    expect(await mfaEnabled(browser)).toBe(true);
  });

  it('accepts each code once: a replayed code, or one from an earlier step, is refused', async () => {
    const { account, confirmedCode, nextCode } = await accountWithTotp();
    await signIn(t.client(), { email: account.email, password: account.password, totpCode: nextCode });

    const replay = await t
      .client()
      .gql(SIGN_IN, { input: { email: account.email, password: account.password, totpCode: nextCode } });
    expect(errorCodes(replay.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(replay.errors)).toEqual(['totpCode']);

    // The confirmation's step comes before the one just used: inside the drift window, but spent.
    const older = await t
      .client()
      .gql(SIGN_IN, { input: { email: account.email, password: account.password, totpCode: confirmedCode } });
    expect(errorCodes(older.errors)).toEqual(['BAD_USER_INPUT']);
  });

  it('accepts an unused recovery code instead, once, in any case or spacing', async () => {
    const { account, recoveryCodes } = await accountWithTotp();
    const code = present(recoveryCodes[0], 'a recovery code');
    await signIn(t.client(), {
      email: account.email,
      password: account.password,
      recoveryCode: ` ${code.toUpperCase()} `,
    });

    const reused = await t
      .client()
      .gql(SIGN_IN, { input: { email: account.email, password: account.password, recoveryCode: code } });
    expect(errorCodes(reused.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(reused.errors)).toEqual(['recoveryCode']);
    const used = await t.db.query(
      'SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NOT NULL',
      [account.userId],
    );
    expect(used).toEqual([{ n: 1 }]);

    const audit = await t.db.query(
      `SELECT metadata FROM audit_events WHERE action = 'account.signed_in' AND target_id = $1 ORDER BY at DESC LIMIT 1`,
      [account.userId],
    );
    expect(audit[0].metadata).toEqual({ secondFactor: 'recovery_code' });
  });

  it('stops wrong codes at confirmation after 10 per account', async () => {
    const browser = t.client();
    await AccountFactory.create().signUp(browser);
    const { startTotpEnrollment } = await browser.ok<{ startTotpEnrollment: { secret: string } }>(START_TOTP);
    const app = new Authenticator(startTotpEnrollment.secret);
    const codes: unknown[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      codes.push(
        errorCodes((await browser.gql(CONFIRM_TOTP, { input: { code: app.wrongCode() } })).errors)[0],
      );
    }
    expect(codes).toEqual(Array(10).fill('BAD_USER_INPUT'));
    const right = await browser.gql(CONFIRM_TOTP, { input: { code: app.codeAt(app.step()) } });
    expect(errorCodes(right.errors)).toEqual(['RATE_LIMITED']);
    expect(right.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    expect(await mfaEnabled(browser)).toBe(false);
  });

  it('stops sign-ins with wrong codes well before 40 tries', async () => {
    const { account, app, nextCode } = await accountWithTotp();
    const codes: unknown[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      const result = await t.client().gql(SIGN_IN, {
        input: { email: account.email, password: account.password, totpCode: app.wrongCode() },
      });
      codes.push(errorCodes(result.errors)[0]);
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('BAD_USER_INPUT'));
    expect(codes[10]).toBe('RATE_LIMITED');
    const right = await t
      .client()
      .gql(SIGN_IN, { input: { email: account.email, password: account.password, totpCode: nextCode } });
    expect(errorCodes(right.errors)).toEqual(['RATE_LIMITED']);
  });

  it('turns off only with the password and a current code, then deletes the recovery codes and audits', async () => {
    const { browser, account, app, nextCode } = await accountWithTotp();

    const wrongPassword = await browser.gql(DISABLE_TOTP, {
      input: { password: 'not the password at all', code: nextCode },
    });
    expect(errorCodes(wrongPassword.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(wrongPassword.errors)).toEqual(['password']);
    const wrongCode = await browser.gql(DISABLE_TOTP, {
      input: { password: account.password, code: app.wrongCode() },
    });
    expect(errorCodes(wrongCode.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(wrongCode.errors)).toEqual(['code']);
    expect(await mfaEnabled(browser)).toBe(true);

    const { disableTotp } = await browser.ok<{ disableTotp: { mfaEnabled: boolean } }>(DISABLE_TOTP, {
      input: { password: account.password, code: nextCode },
    });
    expect(disableTotp.mfaEnabled).toBe(false);
    expect(
      await t.db.query('SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = $1', [account.userId]),
    ).toEqual([{ n: 0 }]);
    const [row] = await t.db.query('SELECT totp_secret FROM users WHERE id = $1', [account.userId]);
    expect(row.totp_secret).toBeNull();
    const audit = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'account.mfa_disabled' AND target_id = $1`,
      [account.userId],
    );
    expect(audit).toEqual([{ n: 1 }]);
    await signIn(t.client(), { email: account.email, password: account.password });

    const notEnabled = await browser.gql(DISABLE_TOTP, {
      input: { password: account.password, code: nextCode },
    });
    expect(errorCodes(notEnabled.errors)).toEqual(['CONFLICT']);
  });

  it('turns off with a recovery code when the phone is lost', async () => {
    const { browser, account, recoveryCodes } = await accountWithTotp();
    const [code] = recoveryCodes;
    await signIn(t.client(), { email: account.email, password: account.password, recoveryCode: code });
    const spent = await browser.gql(DISABLE_TOTP, { input: { password: account.password, code } });
    expect(errorCodes(spent.errors)).toEqual(['BAD_USER_INPUT']);

    const { disableTotp } = await browser.ok<{ disableTotp: { mfaEnabled: boolean } }>(DISABLE_TOTP, {
      input: { password: account.password, code: recoveryCodes[1] },
    });
    expect(disableTotp.mfaEnabled).toBe(false);
  });

  it('refuses every enrolment step to API tokens and to the signed-out', async () => {
    const { browser, account, nextCode } = await accountWithTotp();
    const token = await createToken(browser);
    const script = t.client().withToken(token.secret);
    for (const [query, variables] of [
      [START_TOTP, undefined],
      [CONFIRM_TOTP, { input: { code: '123456' } }],
      [DISABLE_TOTP, { input: { password: account.password, code: nextCode } }],
    ] as const) {
      const asScript = await script.gql(query, variables);
      expect(errorCodes(asScript.errors)).toEqual(['FORBIDDEN']);
      expect(asScript.errors?.[0]?.extensions?.['reason']).toBe('ACCOUNT_NEEDS_SESSION');
      const signedOut = await t.client().gql(query, variables);
      expect(errorCodes(signedOut.errors)).toEqual(['UNAUTHENTICATED']);
    }
    expect(await mfaEnabled(browser)).toBe(true);
  });
});
