import { Secret, TOTP } from 'otpauth';
import { AccountFactory } from '../../factories/account.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type TestClient } from '../../support/test-client.js';
import { LogCapture } from '../../support/log-capture.js';
import { MailCatcher } from '../../support/mail-catcher.js';
import {
  CREATE_RESET_LINK,
  createToken,
  REQUEST_RESET,
  RESET_PASSWORD,
  signIn,
} from './support/operations.js';
import { present } from './support/present.js';

/**
 * Without PUBLIC_URL the API does not know its own address for certain, so it e-mails no links (a
 * link built from the request's Origin or Host would point wherever the requester says); platform
 * admins create links and hand them over instead.
 */
describe('password reset links created by a platform admin', () => {
  let mail: MailCatcher;
  let t: TestApi;
  let admin: TestClient;
  const logs = new LogCapture();

  beforeAll(async () => {
    mail = await MailCatcher.start();
    t = await startTestApi({ LOG_LEVEL: 'warn' }, { logStream: logs, mail });
    admin = t.client();
    await AccountFactory.create().signUp(admin, t.mail); // the first account is platform admin
  });
  afterAll(async () => {
    await t?.close();
    await mail?.close();
  });

  it('gives a platform admin a link on the app’s own origin that resets the password once', async () => {
    const account = await AccountFactory.create().signUp(t.client(), t.mail);
    const { createPasswordResetLink } = await admin.ok<{ createPasswordResetLink: string }>(
      CREATE_RESET_LINK,
      { input: { email: account.email } },
    );

    const link = new URL(createPasswordResetLink);
    expect(link.origin).toBe(t.url);
    expect(link.pathname).toBe('/reset-password');
    const token = present(
      new URLSearchParams(link.hash.slice(1)).get('token'),
      'a token in the link’s #token= fragment',
    );
    expect(token).toMatch(/^ecwr_/);
    // The owner hears of it by e-mail (without the link) and in the app.
    const notice = await mail.next();
    expect(notice.to).toEqual([account.email]);
    expect(notice.text).not.toContain('ecwr_');
    expect(
      await t.db.query(
        `SELECT link FROM notifications WHERE user_id = $1 AND kind = 'passwordResetLinkIssued'`,
        [account.userId],
      ),
    ).toEqual([{ link: '/account' }]);
    await t.client().ok(RESET_PASSWORD, { input: { token, newPassword: 'handed over, then changed' } });
    await signIn(t.client(), { email: account.email, password: 'handed over, then changed' });
    const reused = await t
      .client()
      .gql(RESET_PASSWORD, { input: { token, newPassword: 'and changed once more' } });
    expect(errorCodes(reused.errors)).toEqual(['BAD_USER_INPUT']);

    const audit = await t.db.query(
      `SELECT actor_id, metadata FROM audit_events WHERE action = 'account.password_reset_requested' AND target_id = $1`,
      [account.userId],
    );
    expect(audit).toEqual([{ actor_id: expect.any(String), metadata: { by: 'platform_admin' } }]);
  });

  it('does not lift the second factor: after an admin’s reset the owner still needs a code', async () => {
    const owner = t.client();
    const account = await AccountFactory.create().signUp(owner, t.mail);
    const { startTotpEnrollment } = await owner.ok<{ startTotpEnrollment: { secret: string } }>(
      `mutation { startTotpEnrollment { secret } }`,
    );
    const totp = new TOTP({
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      secret: Secret.fromBase32(startTotpEnrollment.secret),
    });
    await owner.ok(
      `mutation ($input: ConfirmTotpInput!) { confirmTotpEnrollment(input: $input) { codes } }`,
      {
        input: { code: totp.generate() },
      },
    );
    const { createPasswordResetLink } = await admin.ok<{ createPasswordResetLink: string }>(
      CREATE_RESET_LINK,
      {
        input: { email: account.email },
      },
    );
    await mail.next();
    const token = new URLSearchParams(new URL(createPasswordResetLink).hash.slice(1)).get('token');
    await t.client().ok(RESET_PASSWORD, { input: { token, newPassword: 'chosen by whoever held the link' } });
    const withoutCode = await t
      .client()
      .gql(`mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`, {
        input: { email: account.email, password: 'chosen by whoever held the link' },
      });
    expect(withoutCode.errors?.[0]?.extensions?.['reason']).toBe('MFA_REQUIRED');
  });

  it('answers NOT_FOUND to an admin for an address without an account', async () => {
    const result = await admin.gql(CREATE_RESET_LINK, { input: { email: 'nobody-at-all@example.org' } });
    expect(errorCodes(result.errors)).toEqual(['NOT_FOUND']);
  });

  it('refuses everyone else: other accounts, the admin’s API tokens, the signed-out', async () => {
    const target = await AccountFactory.create().signUp(t.client(), t.mail);
    const member = t.client();
    await AccountFactory.create().signUp(member, t.mail);
    const adminScript = t.client().withToken((await createToken(admin)).secret);
    const input = { input: { email: target.email } };

    expect(errorCodes((await member.gql(CREATE_RESET_LINK, input)).errors)).toEqual(['FORBIDDEN']);
    const byToken = await adminScript.gql(CREATE_RESET_LINK, input);
    expect(errorCodes(byToken.errors)).toEqual(['FORBIDDEN']);
    expect(byToken.errors?.[0]?.extensions?.['reason']).toBe('ACCOUNT_NEEDS_SESSION');
    expect(errorCodes((await t.client().gql(CREATE_RESET_LINK, input)).errors)).toEqual(['UNAUTHENTICATED']);
    expect(
      await t.db.query('SELECT count(*)::int AS n FROM password_resets WHERE user_id = $1', [target.userId]),
    ).toEqual([{ n: 0 }]);
  });

  it('still answers requestPasswordReset with true, but e-mails no link without PUBLIC_URL, and says why in the log', async () => {
    const account = await AccountFactory.create().signUp(t.client(), t.mail);
    logs.clear();
    expect(await t.client().ok(REQUEST_RESET, { input: { email: account.email } })).toEqual({
      requestPasswordReset: true,
    });
    await mail.nothingWithin(700);
    expect(logs.records().map((record) => record['msg'])).toContainEqual(
      expect.stringContaining('set PUBLIC_URL'),
    );
    expect(
      await t.db.query('SELECT count(*)::int AS n FROM password_resets WHERE user_id = $1', [account.userId]),
    ).toEqual([{ n: 0 }]);
  });
});
