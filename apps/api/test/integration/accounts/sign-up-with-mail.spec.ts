import { AccountFactory, confirmationToken } from '../../factories/account.factory.js';
import { signUpPerson } from '../../factories/organization.factory.js';
import { MailCatcher } from '../../support/mail-catcher.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type GqlResult, type TestClient } from '../../support/test-client.js';

const PUBLIC_URL = 'https://workspace.example.org';
const SIGN_UP = `mutation ($input: SignUpInput!) {
  signUp(input: $input) {
    me { user { id displayName } email locale timeZone isPlatformAdmin mfaEnabled emailConfirmed }
  }
}`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { me { user { id } emailConfirmed } } }`;
const CONFIRM = `mutation ($input: ConfirmEmailInput!) { confirmEmail(input: $input) }`;
const ME = `{ me { user { id } } }`;

interface SignUpAnswer {
  signUp: {
    me: {
      user: { id: string; displayName: string };
      email: string;
      locale: string;
      timeZone: string;
      isPlatformAdmin: boolean;
      mfaEnabled: boolean;
      emailConfirmed: boolean;
    };
  };
}

/** Everything in the answer but the id, which is fresh and random in both cases. */
function withoutId(answer: GqlResult<SignUpAnswer>): unknown {
  const me = answer.data?.signUp.me;
  return { errors: answer.errors, me: me && { ...me, user: { ...me.user, id: 'some id' } } };
}

async function signedIn(client: TestClient): Promise<boolean> {
  return (await client.ok<{ me: unknown }>(ME)).me !== null;
}

describe('sign-up with SMTP_URL set: confirm first, never reveal who has an account', () => {
  let mail: MailCatcher;
  let t: TestApi;
  beforeAll(async () => {
    mail = await MailCatcher.start();
    t = await startTestApi({ PUBLIC_URL }, { mail });
    await signUpPerson(t); // the platform admin, so no sign-up below is the first account
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('a new address gets a confirmation link; the account signs in only once it is confirmed', async () => {
    const account = AccountFactory.create({ locale: 'es' }).build();
    const browser = t.client();
    const answer = await browser.gql<SignUpAnswer>(SIGN_UP, { input: account });
    expect(answer.data?.signUp.me).toEqual(
      expect.objectContaining({ email: account.email, emailConfirmed: false, locale: 'es' }),
    );
    expect(browser.sessionCookie).toBeNull();
    expect(await signedIn(browser)).toBe(false);

    const credentials = { email: account.email, password: account.password };
    const early = await browser.gql(SIGN_IN, { input: credentials });
    expect(errorCodes(early.errors)).toEqual(['FORBIDDEN']);
    expect(early.errors?.[0]?.extensions?.['reason']).toBe('ACCOUNT_EMAIL_UNCONFIRMED');
    expect(early.errors?.[0]?.message).toMatch(/not confirmed yet.*link we e-mailed you/);
    expect(browser.sessionCookie).toBeNull();

    // The link from sign-up, and a fresh one from the refused sign-in, both go to the address.
    const first = await mail.nextTo(account.email);
    const again = await mail.nextTo(account.email);
    expect(confirmationToken(again)).not.toBe(confirmationToken(first));
    await t.client().ok(CONFIRM, { input: { token: confirmationToken(first) } });

    const entered = await browser.ok<{ signIn: { me: { user: { id: string }; emailConfirmed: boolean } } }>(
      SIGN_IN,
      { input: credentials },
    );
    expect(entered.signIn.me).toEqual({
      user: { id: answer.data?.signUp.me.user.id },
      emailConfirmed: true,
    });
    expect(await signedIn(browser)).toBe(true);
  });

  it('an address that has an account gets the same answer, and its owner a notice instead', async () => {
    const owner = await signUpPerson(t);
    const intruder = AccountFactory.create({ email: owner.email.toUpperCase(), locale: 'fr' }).build();
    const newcomer = AccountFactory.create({ locale: 'fr' }).build();
    const browser = t.client();

    const taken = await browser.gql<SignUpAnswer>(SIGN_UP, { input: intruder });
    const fresh = await t.client().gql<SignUpAnswer>(SIGN_UP, { input: newcomer });
    expect(withoutId(taken)).toEqual(
      withoutId({ ...fresh, data: fresh.data && sameAs(fresh.data, intruder.email, intruder.displayName) }),
    );
    expect(taken.data?.signUp.me.user.id).not.toBe(owner.userId);
    expect(browser.sessionCookie).toBeNull();
    await mail.nextTo(newcomer.email);

    const notice = await mail.nextTo(owner.email);
    expect(notice.text).toContain('Someone tried to create an Election Workspace account with this address');
    expect(notice.text).toContain(`${PUBLIC_URL}/sign-in`);
    expect(notice.text).toContain(`${PUBLIC_URL}/forgot-password`);
    expect(notice.text).not.toContain('confirm-email');

    // Nothing changed: one account, the owner's password, still signed in elsewhere.
    expect(
      await t.db.query(`SELECT count(*)::int AS n FROM users WHERE lower(email) = lower($1)`, [owner.email]),
    ).toEqual([{ n: 1 }]);
    const withIntruderPassword = await t.client().gql(SIGN_IN, {
      input: { email: owner.email, password: intruder.password },
    });
    expect(errorCodes(withIntruderPassword.errors)).toEqual(['UNAUTHENTICATED']);
    expect(await signedIn(owner.client)).toBe(true);
  });

  it('notices to one owner are capped, silently: the answer never changes', async () => {
    const owner = await signUpPerson(t);
    for (let attempt = 0; attempt < 4; attempt++) {
      const answer = await t
        .client()
        .gql<SignUpAnswer>(SIGN_UP, { input: AccountFactory.create({ email: owner.email }).build() });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.signUp.me.emailConfirmed).toBe(false);
    }
    for (let sent = 0; sent < 3; sent++) await mail.nextTo(owner.email);
    await expect(mail.nextTo(owner.email, 300)).rejects.toThrow(/no e-mail/);
  });
});

describe('sign-up without SMTP_URL keeps signing in (README: "Without mail")', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  it('signs the new account in, and refuses an address that is taken', async () => {
    const person = await signUpPerson(t);
    expect(await signedIn(person.client)).toBe(true);
    const again = await t
      .client()
      .gql(SIGN_UP, { input: AccountFactory.create({ email: person.email }).build() });
    expect(errorCodes(again.errors)).toEqual(['CONFLICT']);
  });
});

/** The answer a new account with this address and name would get (the rest is the request's). */
function sameAs(data: SignUpAnswer, email: string, displayName: string): SignUpAnswer {
  return { signUp: { me: { ...data.signUp.me, email, user: { ...data.signUp.me.user, displayName } } } };
}
