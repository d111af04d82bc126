import { AccountFactory } from '../../factories/account.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type TestClient } from '../../support/test-client.js';
import {
  CHANGE_PASSWORD,
  createToken,
  fieldsOf,
  ME,
  REVOKE_SESSION,
  SESSIONS,
  SIGN_IN,
  signIn,
  UPDATE_PROFILE,
} from './support/operations.js';
import { present } from './support/present.js';

interface SessionView {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  current: boolean;
}

interface MeView {
  me: { email: string; locale: string; timeZone: string; user: { displayName: string } } | null;
}

describe('account self-service: profile, password and sessions', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  async function signedUp(overrides: Parameters<typeof AccountFactory.create>[0] = {}) {
    const browser = t.client();
    const account = await AccountFactory.create(overrides).signUp(browser);
    return { browser, account };
  }

  const sessionsOf = async (client: TestClient) =>
    (await client.ok<{ sessions: SessionView[] }>(SESSIONS)).sessions;

  describe('updateProfile', () => {
    it('changes only the fields given', async () => {
      const { browser, account } = await signedUp({ locale: 'en', timeZone: 'UTC' });
      const renamed = await browser.ok<{ updateProfile: MeView['me'] }>(UPDATE_PROFILE, {
        input: { displayName: '  Amina K.  ' },
      });
      expect(renamed.updateProfile).toEqual({
        email: account.email,
        locale: 'en',
        timeZone: 'UTC',
        user: { displayName: 'Amina K.' },
      });

      const moved = await browser.ok<{ updateProfile: MeView['me'] }>(UPDATE_PROFILE, {
        input: { locale: 'ar', timeZone: 'Africa/Nairobi' },
      });
      expect(moved.updateProfile).toMatchObject({
        locale: 'ar',
        timeZone: 'Africa/Nairobi',
        user: { displayName: 'Amina K.' },
      });
      expect((await browser.ok<MeView>(ME)).me).toMatchObject({ locale: 'ar', timeZone: 'Africa/Nairobi' });
    });

    it('refuses bad values naming every bad field, and changes nothing', async () => {
      const { browser, account } = await signedUp({ locale: 'en', timeZone: 'UTC' });
      const result = await browser.gql(UPDATE_PROFILE, {
        input: { displayName: ' ', locale: 'de', timeZone: 'Mars/Olympus_Mons' },
      });
      expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result.errors).sort()).toEqual(['displayName', 'locale', 'timeZone']);
      const tooLong = await browser.gql(UPDATE_PROFILE, {
        input: { displayName: 'x'.repeat(101), locale: 'fr' },
      });
      expect(fieldsOf(tooLong.errors)).toEqual(['displayName']);
      expect((await browser.ok<MeView>(ME)).me).toEqual({
        email: account.email,
        locale: 'en',
        timeZone: 'UTC',
        user: { id: account.userId, displayName: account.displayName },
        isPlatformAdmin: expect.any(Boolean),
        mfaEnabled: false,
      });
    });

    it('uses the new locale for messages at once', async () => {
      const { browser } = await signedUp({ locale: 'en' });
      await browser.ok(UPDATE_PROFILE, { input: { locale: 'fr' } });
      const result = await browser.gql(UPDATE_PROFILE, { input: { timeZone: 'Nowhere/Special' } });
      const fieldErrors = result.errors?.[0]?.extensions?.['fieldErrors'] as { message: string }[];
      expect(fieldErrors.map((fieldError) => fieldError.message)).toEqual([
        'Choisissez un fuseau horaire tel que Africa/Nairobi.',
      ]);
    });

    it('is refused to the signed-out', async () => {
      const result = await t.client().gql(UPDATE_PROFILE, { input: { displayName: 'Someone' } });
      expect(errorCodes(result.errors)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('sessions and revokeSession', () => {
    it('lists the viewer’s own live sessions, flagging the current one', async () => {
      const { browser, account } = await signedUp();
      const laptop = t.client();
      await laptop.gql(
        SIGN_IN,
        { input: { email: account.email, password: account.password } },
        { 'user-agent': 'Laptop browser' },
      );
      await signedUp(); // someone else's session must not appear

      const fromBrowser = await sessionsOf(browser);
      expect(fromBrowser).toHaveLength(2);
      expect(fromBrowser.filter((session) => session.current)).toHaveLength(1);
      const laptopSession = present(
        fromBrowser.find((session) => session.userAgent === 'Laptop browser'),
        'the laptop session',
      );
      expect(laptopSession.current).toBe(false);
      expect(Date.parse(laptopSession.expiresAt)).toBeGreaterThan(Date.now() + 13 * 24 * 3600_000);
      expect(Date.parse(laptopSession.expiresAt)).toBeLessThanOrEqual(Date.now() + 14 * 24 * 3600_000);
      const fromLaptop = await sessionsOf(laptop);
      expect(fromLaptop.find((session) => session.current)?.id).toBe(laptopSession.id);
    });

    it('leaves out revoked, expired and idle sessions', async () => {
      const { browser, account } = await signedUp();
      const current = present((await sessionsOf(browser))[0], 'a session');
      for (let n = 0; n < 3; n++)
        await signIn(t.client(), { email: account.email, password: account.password });
      const others = (await sessionsOf(browser))
        .filter((session) => !session.current)
        .map((session) => session.id);
      await t.db.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1`, [others[0]]);
      await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
        others[1],
      ]);
      await t.db.query(`UPDATE sessions SET last_seen_at = now() - interval '15 days' WHERE id = $1`, [
        others[2],
      ]);
      expect((await sessionsOf(browser)).map((session) => session.id)).toEqual([current.id]);
    });

    it('revokes another of the viewer’s sessions: that browser is signed out, and it is audited', async () => {
      const { browser, account } = await signedUp();
      const laptop = t.client();
      await signIn(laptop, { email: account.email, password: account.password });
      const laptopSession = present(
        (await sessionsOf(browser)).find((session) => !session.current),
        'the laptop session',
      );

      expect(await browser.ok(REVOKE_SESSION, { input: { id: laptopSession.id } })).toEqual({
        revokeSession: true,
      });
      expect((await laptop.ok<MeView>(ME)).me).toBeNull();
      expect((await browser.ok<MeView>(ME)).me?.email).toBe(account.email);
      expect((await sessionsOf(browser)).map((session) => session.id)).not.toContain(laptopSession.id);
      const audit = await t.db.query(
        `SELECT actor_id FROM audit_events WHERE action = 'account.session_revoked' AND target_id = $1`,
        [laptopSession.id],
      );
      expect(audit).toEqual([{ actor_id: account.userId }]);
      const again = await browser.gql(REVOKE_SESSION, { input: { id: laptopSession.id } });
      expect(errorCodes(again.errors)).toEqual(['NOT_FOUND']);
    });

    it('revokes the current session too, clearing its cookie', async () => {
      const { browser } = await signedUp();
      const current = present((await sessionsOf(browser))[0], 'a session');
      await browser.ok(REVOKE_SESSION, { input: { id: current.id } });
      expect(browser.sessionCookie).toBeNull();
    });

    it('answers NOT_FOUND for someone else’s session, or an id that is not one, and it stays live', async () => {
      const { browser: owner } = await signedUp();
      const ownerSession = present((await sessionsOf(owner))[0], 'a session');
      const { browser: intruder } = await signedUp();
      for (const id of [ownerSession.id, 'not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
        const result = await intruder.gql(REVOKE_SESSION, { input: { id } });
        expect(errorCodes(result.errors)).toEqual(['NOT_FOUND']);
      }
      expect((await owner.ok<MeView>(ME)).me).not.toBeNull();
    });

    it('is refused to the signed-out; an API token sees no current session', async () => {
      expect(errorCodes((await t.client().gql(SESSIONS)).errors)).toEqual(['UNAUTHENTICATED']);
      const revoke = await t
        .client()
        .gql(REVOKE_SESSION, { input: { id: '00000000-0000-4000-8000-000000000000' } });
      expect(errorCodes(revoke.errors)).toEqual(['UNAUTHENTICATED']);
      const { browser } = await signedUp();
      const token = await createToken(browser);
      const fromScript = await sessionsOf(t.client().withToken(token.secret));
      expect(fromScript.map((session) => session.current)).toEqual([false]);
    });
  });

  describe('changePassword', () => {
    it('needs the current password, applies the policy, and changes nothing when refused', async () => {
      const { browser, account } = await signedUp();
      const wrong = await browser.gql(CHANGE_PASSWORD, {
        input: { currentPassword: 'not the password at all', newPassword: 'a brand new passphrase' },
      });
      expect(errorCodes(wrong.errors)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(wrong.errors)).toEqual(['currentPassword']);
      for (const newPassword of ['short', 'password1234']) {
        const weak = await browser.gql(CHANGE_PASSWORD, {
          input: { currentPassword: account.password, newPassword },
        });
        expect(errorCodes(weak.errors)).toEqual(['BAD_USER_INPUT']);
        expect(fieldsOf(weak.errors)).toEqual(['newPassword']);
      }
      await signIn(t.client(), { email: account.email, password: account.password });
    });

    it('sets the new password, ends every other session but keeps this one, and audits', async () => {
      const { browser, account } = await signedUp();
      const laptop = t.client();
      await signIn(laptop, { email: account.email, password: account.password });
      const newPassword = 'a completely new passphrase';

      expect(
        await browser.ok(CHANGE_PASSWORD, { input: { currentPassword: account.password, newPassword } }),
      ).toEqual({ changePassword: true });

      expect((await laptop.ok<MeView>(ME)).me).toBeNull();
      expect((await browser.ok<MeView>(ME)).me?.email).toBe(account.email);
      expect(await sessionsOf(browser)).toHaveLength(1);
      const old = await t
        .client()
        .gql(SIGN_IN, { input: { email: account.email, password: account.password } });
      expect(errorCodes(old.errors)).toEqual(['UNAUTHENTICATED']);
      await signIn(t.client(), { email: account.email, password: newPassword });
      const audit = await t.db.query(
        `SELECT metadata FROM audit_events WHERE action = 'account.password_changed' AND target_id = $1`,
        [account.userId],
      );
      expect(audit).toEqual([{ metadata: { sessionsEnded: 1, apiTokensRevoked: 0 } }]);
    });

    it('revokes every API token too: whoever knew the old password may have made them', async () => {
      const { browser, account } = await signedUp();
      const token = await createToken(browser);
      await browser.ok(CHANGE_PASSWORD, {
        input: { currentPassword: account.password, newPassword: 'another long passphrase' },
      });
      expect((await t.client().withToken(token.secret).gql<MeView>(ME)).data?.me).toBeNull();
    });

    it('counts wrong current passwords against the account’s sign-in budget', async () => {
      const { browser, account } = await signedUp();
      const codes: unknown[] = [];
      for (let attempt = 0; attempt < 11; attempt++) {
        const result = await browser.gql(CHANGE_PASSWORD, {
          input: { currentPassword: `guess number ${attempt}`, newPassword: 'a brand new passphrase' },
        });
        codes.push(errorCodes(result.errors)[0]);
      }
      expect(codes.slice(0, 10)).toEqual(Array(10).fill('BAD_USER_INPUT'));
      expect(codes[10]).toBe('RATE_LIMITED');
      const right = await browser.gql(CHANGE_PASSWORD, {
        input: { currentPassword: account.password, newPassword: 'a brand new passphrase' },
      });
      expect(errorCodes(right.errors)).toEqual(['RATE_LIMITED']);
    });

    it('is refused to API tokens and to the signed-out', async () => {
      const { browser, account } = await signedUp();
      const token = await createToken(browser);
      const input = { currentPassword: account.password, newPassword: 'a token chose this one' };
      const asScript = await t.client().withToken(token.secret).gql(CHANGE_PASSWORD, { input });
      expect(errorCodes(asScript.errors)).toEqual(['FORBIDDEN']);
      expect(errorCodes((await t.client().gql(CHANGE_PASSWORD, { input })).errors)).toEqual([
        'UNAUTHENTICATED',
      ]);
      await signIn(t.client(), { email: account.email, password: account.password });
    });
  });
});
