import { AccountFactory } from '../../factories/account.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes } from '../../support/test-client.js';
import { openWsClient } from '../../support/ws-client.js';
import { Authenticator } from './support/authenticator.js';
import { MailCatcher, type CaughtMail } from '../../support/mail-catcher.js';
import {
  enableTotp,
  fieldsOf,
  ME,
  REQUEST_RESET,
  RESET_PASSWORD,
  SIGN_IN,
  signIn,
} from './support/operations.js';
import { present } from './support/present.js';

const PUBLIC_URL = 'https://workspace.example.org';
const NEW_PASSWORD = 'a fresh and long passphrase';

describe('password reset by e-mail', () => {
  let mail: MailCatcher;
  let t: TestApi;
  beforeAll(async () => {
    mail = await MailCatcher.start();
    t = await startTestApi({ PUBLIC_URL, MAIL_FROM: 'Election Workspace <no-reply@example.org>' }, { mail });
  });
  afterAll(async () => {
    await t?.close();
    await mail?.close();
  });

  function tokenIn(caught: CaughtMail): string {
    const link = new RegExp(`${PUBLIC_URL}/reset-password#token=(ecwr_[A-Za-z0-9_-]{43})`).exec(caught.text);
    return present(link?.[1], `a reset link in:\n${caught.text}`);
  }

  async function requestReset(email: string): Promise<string> {
    expect(await t.client().ok(REQUEST_RESET, { input: { email } })).toEqual({ requestPasswordReset: true });
    return tokenIn(await mail.next());
  }

  it('e-mails a one-hour link on PUBLIC_URL to the account’s stored address, in its language, storing only a hash', async () => {
    const account = await AccountFactory.create({ locale: 'fr' }).signUp(t.client(), t.mail);
    expect(
      await t.client().ok(REQUEST_RESET, { input: { email: `  ${account.email.toUpperCase()} ` } }),
    ).toEqual({ requestPasswordReset: true });

    const caught = await mail.next();
    expect(caught.to).toEqual([account.email]);
    expect(caught.raw).toMatch(/^From: Election Workspace <no-reply@example\.org>/m);
    expect(caught.text).toContain('Pour choisir un nouveau mot de passe');
    const token = tokenIn(caught);
    const rows = await t.db.query(
      `SELECT token_hash, extract(epoch FROM expires_at - created_at)::int AS ttl FROM password_resets WHERE user_id = $1`,
      [account.userId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(token.slice(5));
    expect(rows[0].ttl).toBeGreaterThanOrEqual(3599);
    expect(rows[0].ttl).toBeLessThanOrEqual(3601);
    const audit = await t.db.query(
      `SELECT actor_id FROM audit_events WHERE action = 'account.password_reset_requested' AND target_id = $1`,
      [account.userId],
    );
    expect(audit).toEqual([{ actor_id: null }]);
  });

  it('answers true for an address without an account, and sends nothing', async () => {
    const result = await t.client().gql(REQUEST_RESET, { input: { email: 'nobody-here@example.org' } });
    expect(result).toEqual({ data: { requestPasswordReset: true }, status: 200 });
    await mail.nothingWithin(700);
  });

  it('refuses a malformed address like any form would, naming the field', async () => {
    const result = await t.client().gql(REQUEST_RESET, { input: { email: 'not-an-address' } });
    expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(result.errors)).toEqual(['email']);
  });

  it('sets the new password once, signs out every session and closes their sockets, and audits', async () => {
    const browser = t.client();
    const account = await AccountFactory.create().signUp(browser, t.mail);
    const socket = openWsClient(t.url, { cookie: browser.sessionCookie, origin: PUBLIC_URL });
    await socket.connected;
    const token = await requestReset(account.email);

    expect(await t.client().ok(RESET_PASSWORD, { input: { token, newPassword: NEW_PASSWORD } })).toEqual({
      resetPassword: true,
    });

    expect((await browser.ok<{ me: null }>(ME)).me).toBeNull();
    expect((await socket.closed).code).toBe(4401);
    const old = await t
      .client()
      .gql(SIGN_IN, { input: { email: account.email, password: account.password } });
    expect(errorCodes(old.errors)).toEqual(['UNAUTHENTICATED']);
    await signIn(t.client(), { email: account.email, password: NEW_PASSWORD });
    const audit = await t.db.query(
      `SELECT actor_id, metadata FROM audit_events WHERE action = 'account.password_reset' AND target_id = $1`,
      [account.userId],
    );
    expect(audit).toEqual([
      { actor_id: account.userId, metadata: { sessionsEnded: 1, apiTokensRevoked: 0 } },
    ]);

    const reused = await t
      .client()
      .gql(RESET_PASSWORD, { input: { token, newPassword: 'yet another passphrase' } });
    expect(errorCodes(reused.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(reused.errors)).toEqual(['token']);
    await signIn(t.client(), { email: account.email, password: NEW_PASSWORD });
  });

  it('applies the password policy without using up the link', async () => {
    const account = await AccountFactory.create().signUp(t.client(), t.mail);
    const token = await requestReset(account.email);
    for (const newPassword of ['short', 'password1234']) {
      const weak = await t.client().gql(RESET_PASSWORD, { input: { token, newPassword } });
      expect(errorCodes(weak.errors)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(weak.errors)).toEqual(['newPassword']);
    }
    await t.client().ok(RESET_PASSWORD, { input: { token, newPassword: NEW_PASSWORD } });
  });

  it('refuses an expired, unknown or superseded link, and changes nothing', async () => {
    const account = await AccountFactory.create().signUp(t.client(), t.mail);
    const expired = await requestReset(account.email);
    await t.db.query(
      `UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [account.userId],
    );
    const stillValid = await requestReset(account.email);
    for (const token of [expired, 'ecwr_made-up-token', 'x'.repeat(201)]) {
      const result = await t.client().gql(RESET_PASSWORD, { input: { token, newPassword: NEW_PASSWORD } });
      expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result.errors)).toEqual(['token']);
    }
    await signIn(t.client(), { email: account.email, password: account.password });

    // A password change voids links sent for the old password.
    await t.client().ok(RESET_PASSWORD, { input: { token: stillValid, newPassword: NEW_PASSWORD } });
    const third = await requestReset(account.email);
    const fourth = await requestReset(account.email);
    await t
      .client()
      .ok(RESET_PASSWORD, { input: { token: fourth, newPassword: 'the final long passphrase' } });
    const superseded = await t
      .client()
      .gql(RESET_PASSWORD, { input: { token: third, newPassword: NEW_PASSWORD } });
    expect(fieldsOf(superseded.errors)).toEqual(['token']);
  });

  it('does not get around two-factor authentication', async () => {
    const browser = t.client();
    const account = await AccountFactory.create().signUp(browser, t.mail);
    let app!: Authenticator;
    await enableTotp(browser, (secret) => {
      app = new Authenticator(secret);
      return app.codeAt(app.step());
    });
    const token = await requestReset(account.email);
    await t.client().ok(RESET_PASSWORD, { input: { token, newPassword: NEW_PASSWORD } });
    const withoutCode = await t
      .client()
      .gql(SIGN_IN, { input: { email: account.email, password: NEW_PASSWORD } });
    expect(withoutCode.errors?.[0]?.extensions?.['reason']).toBe('MFA_REQUIRED');
  });

  it('limits requests per address typed, whether or not it has an account', async () => {
    const account = await AccountFactory.create().signUp(t.client(), t.mail);
    for (const email of [account.email, 'no-account-either@example.org']) {
      const codes: unknown[] = [];
      for (let attempt = 0; attempt < 6; attempt++) {
        codes.push(errorCodes((await t.client().gql(REQUEST_RESET, { input: { email } })).errors)[0]);
      }
      expect(codes).toEqual([undefined, undefined, undefined, undefined, undefined, 'RATE_LIMITED']);
    }
    for (let sent = 0; sent < 5; sent++) await mail.next();
    await mail.nothingWithin(300);
  });
});
