import { randomUUID } from 'node:crypto';
import { signUpPerson, type Person } from '../../factories/organization.factory.js';
import { MailCatcher, type CaughtMail } from '../../support/mail-catcher.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type GqlResult } from '../../support/test-client.js';

const PUBLIC_URL = 'https://workspace.example.org';
const CHANGE = `mutation ($input: ChangeEmailInput!) { changeEmail(input: $input) }`;
const CONFIRM_CHANGE = `mutation ($input: ConfirmEmailChangeInput!) { confirmEmailChange(input: $input) }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`;
const ME = `{ me { email emailConfirmed } }`;

const freshAddress = () => `moved-${randomUUID()}@example.org`;
const refusal = (result: GqlResult) => [
  errorCodes(result.errors)[0],
  result.errors?.[0]?.extensions?.['reason'],
];
const fieldsOf = (result: GqlResult) =>
  ((result.errors?.[0]?.extensions?.['fieldErrors'] ?? []) as { field: string }[]).map((e) => e.field);

/** The one-time secret of the link mailed to the new address (`/confirm-email-change#token=…`). */
function changeToken(mail: CaughtMail): string {
  const match = new RegExp(`${PUBLIC_URL}/confirm-email-change#token=(\\S+)`).exec(mail.text);
  if (!match?.[1]) throw new Error(`no change link in: ${mail.text}`);
  return decodeURIComponent(match[1]);
}

async function emailOf(t: TestApi, person: Person): Promise<string> {
  const rows: { email: string }[] = await t.db.query(`SELECT email FROM users WHERE id = $1`, [
    person.userId,
  ]);
  return rows[0]?.email ?? '';
}

describe('changing the account’s e-mail address (SMTP_URL set)', () => {
  let mail: MailCatcher;
  let t: TestApi;
  beforeAll(async () => {
    mail = await MailCatcher.start();
    t = await startTestApi({ PUBLIC_URL }, { mail });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('is refused outside sudo mode, and changes nothing', async () => {
    const person = await signUpPerson(t);
    await t.db.query(
      `UPDATE sessions SET authenticated_at = now() - interval '11 minutes' WHERE user_id = $1`,
      [person.userId],
    );
    const newEmail = freshAddress();
    const refused = await person.client.gql(CHANGE, { input: { newEmail } });
    expect(refusal(refused)).toEqual(['FORBIDDEN', 'ACCOUNT_SUDO_REQUIRED']);
    await mail.nothingWithin(200);
    expect(await t.db.query(`SELECT 1 FROM email_changes WHERE user_id = $1`, [person.userId])).toEqual([]);
  });

  it('names the newEmail field of the input when the address is not one', async () => {
    const person = await signUpPerson(t);
    const bad = await person.client.gql(CHANGE, { input: { newEmail: 'not an address' } });
    expect(errorCodes(bad.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(bad)).toEqual(['newEmail']);
    expect(await t.db.query(`SELECT 1 FROM email_changes WHERE user_id = $1`, [person.userId])).toEqual([]);
  });

  it('answers a taken address as a free one and tells its owner instead', async () => {
    const person = await signUpPerson(t);
    const owner = await signUpPerson(t);
    const taken = await person.client.gql(CHANGE, { input: { newEmail: owner.email.toUpperCase() } });
    const free = await person.client.gql(CHANGE, { input: { newEmail: freshAddress() } });
    expect(taken).toEqual(free);
    expect(taken).toEqual({ status: 200, data: { changeEmail: true } });
    const notice = await mail.nextTo(owner.email);
    expect(notice.text).not.toContain('#token=');
    expect(await emailOf(t, person)).toBe(person.email);
    expect(
      await t.db.query(`SELECT 1 FROM email_changes WHERE lower(new_email) = lower($1)`, [owner.email]),
    ).toEqual([]);
  });

  it('switches only when the link is opened, then revokes the other sessions', async () => {
    const person = await signUpPerson(t);
    const otherBrowser = t.client();
    await otherBrowser.ok(SIGN_IN, { input: { email: person.email, password: person.password } });
    const newEmail = freshAddress();

    await person.client.ok(CHANGE, { input: { newEmail } });
    const link = await mail.nextTo(newEmail);
    const notice = await mail.nextTo(person.email);
    expect(notice.text).toContain(newEmail);
    expect(notice.text).not.toContain('#token=');
    const stored = await t.db.query(`SELECT token_hash FROM email_changes WHERE user_id = $1`, [
      person.userId,
    ]);
    const token = changeToken(link);
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await emailOf(t, person)).toBe(person.email);

    expect(await t.client().ok(CONFIRM_CHANGE, { input: { token } })).toEqual({ confirmEmailChange: true });
    expect(await person.client.ok(ME)).toEqual({ me: { email: newEmail, emailConfirmed: true } });
    expect(await otherBrowser.ok(ME)).toEqual({ me: null });

    const again = await t.client().gql(CONFIRM_CHANGE, { input: { token } });
    expect(refusal(again)).toEqual(['BAD_USER_INPUT', 'ACCOUNT_TOKEN_INVALID']);
    const oldAddress = await t
      .client()
      .gql(SIGN_IN, { input: { email: person.email, password: person.password } });
    expect(errorCodes(oldAddress.errors)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a link whose address was taken meanwhile', async () => {
    const person = await signUpPerson(t);
    const newEmail = freshAddress();
    await person.client.ok(CHANGE, { input: { newEmail } });
    const token = changeToken(await mail.nextTo(newEmail));
    await mail.nextTo(person.email);
    await signUpPerson(t, { email: newEmail });
    const refused = await t.client().gql(CONFIRM_CHANGE, { input: { token } });
    expect(refusal(refused)).toEqual(['BAD_USER_INPUT', 'ACCOUNT_TOKEN_INVALID']);
    expect(await emailOf(t, person)).toBe(person.email);
  });
});

describe('changing the e-mail address without mail', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  it('says the server cannot confirm a new address', async () => {
    const person = await signUpPerson(t);
    const refused = await person.client.gql(CHANGE, { input: { newEmail: freshAddress() } });
    expect(refusal(refused)).toEqual(['CONFLICT', 'ACCOUNT_EMAIL_CONFIRMATION_UNAVAILABLE']);
    expect(await emailOf(t, person)).toBe(person.email);
  });
});
