import { MembershipRole } from '@ecw/domain';
import { AccountFactory, type SignUpFields } from '../../factories/account.factory.js';
import { organizationWithMembers, signUpPerson, type Person } from '../../factories/organization.factory.js';
import { MailCatcher } from '../../support/mail-catcher.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type GqlResult } from '../../support/test-client.js';

const PUBLIC_URL = 'https://workspace.example.org';
const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { acceptToken } }`;
const RECEIVED = `{ receivedInvitations { id organizationName role } }`;
const ACCEPT_RECEIVED = `mutation ($input: AcceptReceivedInvitationInput!) { acceptReceivedInvitation(input: $input) { role } }`;
const ACCEPT_BY_LINK = `mutation ($token: String!) { acceptInvitation(token: $token) { role } }`;
const SEND_CONFIRMATION = `mutation { sendEmailConfirmation }`;
const CONFIRM = `mutation ($input: ConfirmEmailInput!) { confirmEmail(input: $input) }`;
const EMAIL_CONFIRMED = `{ me { emailConfirmed } }`;

function reasonOf(result: GqlResult): unknown {
  return result.errors?.[0]?.extensions?.['reason'];
}

async function emailConfirmed(person: Person): Promise<boolean> {
  return (await person.client.ok<{ me: { emailConfirmed: boolean } }>(EMAIL_CONFIRMED)).me.emailConfirmed;
}

/** The one-time secret in an e-mailed link: `#token=<secret>`, never in the query string. */
function fragmentToken(text: string, path: string): string {
  const match = new RegExp(`${PUBLIC_URL}${path}#token=(\\S+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path}#token= link in: ${text}`);
  return decodeURIComponent(match[1]);
}

/**
 * An account made before SMTP_URL was set: signed in, its address never confirmed. (With mail, a new
 * sign-up cannot sign in before confirming: sign-up-with-mail.spec.ts.)
 */
async function accountFromBeforeMail(t: TestApi, overrides: Partial<SignUpFields> = {}): Promise<Person> {
  const factory = AccountFactory.create(overrides);
  const fields = factory.build();
  const client = t.client();
  await factory.signUp(client);
  await t.mail?.nextTo(fields.email); // the confirmation link, left unopened
  await t.db.query(`UPDATE users SET awaiting_email_confirmation = false WHERE lower(email) = lower($1)`, [
    fields.email,
  ]);
  const { signIn } = await client.ok<{ signIn: { me: { user: { id: string } } } }>(
    `mutation ($input: SignInInput!) { signIn(input: $input) { me { user { id } } } }`,
    { input: { email: fields.email, password: fields.password } },
  );
  return { ...fields, userId: signIn.me.user.id, client };
}

describe('e-mail ownership (SMTP_URL set)', () => {
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

  it('an account registered first with the invitee’s address cannot take the invitation', async () => {
    const commission = await organizationWithMembers(t, []);
    const registrar = `registrar-${Date.now()}@commission.example`;
    const squatter = await accountFromBeforeMail(t, { email: registrar });
    expect(await emailConfirmed(squatter)).toBe(false);

    const invited = await commission.owner.client.ok<{ inviteMember: { acceptToken: string } }>(INVITE, {
      input: { organizationId: commission.organization.id, email: registrar, role: MembershipRole.ADMIN },
    });
    const delivered = await mail.next();
    expect(delivered.to).toEqual([registrar]);

    // The in-app notification carries no secret: it links to the list of received invitations.
    const stored = await t.db.query(
      `SELECT link, params::text AS params FROM notifications WHERE user_id = $1`,
      [squatter.userId],
    );
    expect(stored).toEqual([{ link: '/invitations', params: expect.any(String) }]);
    expect(JSON.stringify(stored)).not.toContain(invited.inviteMember.acceptToken);

    const { receivedInvitations } = await squatter.client.ok<{
      receivedInvitations: { id: string; role: string }[];
    }>(RECEIVED);
    expect(receivedInvitations).toEqual([
      expect.objectContaining({ role: 'ADMIN', organizationName: commission.organization.name }),
    ]);
    const refused = await squatter.client.gql(ACCEPT_RECEIVED, { input: { id: receivedInvitations[0]?.id } });
    expect(errorCodes(refused.errors)).toEqual(['FORBIDDEN']);
    expect(reasonOf(refused)).toBe('ACCOUNT_EMAIL_UNCONFIRMED');
    expect(refused.errors?.[0]?.message).toMatch(/confirm your e-mail address/i);
    expect(await t.db.query('SELECT 1 FROM memberships WHERE user_id = $1', [squatter.userId])).toEqual([]);
  });

  it('the link delivered to the address accepts the invitation and confirms the address', async () => {
    const team = await organizationWithMembers(t, []);
    const invitee = await accountFromBeforeMail(t);
    await team.owner.client.ok(INVITE, {
      input: { organizationId: team.organization.id, email: invitee.email, role: MembershipRole.MEMBER },
    });
    const token = fragmentToken((await mail.next()).text, '/invitations/accept');
    expect(
      (await invitee.client.ok<{ acceptInvitation: { role: string } }>(ACCEPT_BY_LINK, { token }))
        .acceptInvitation.role,
    ).toBe('MEMBER');
    expect(await emailConfirmed(invitee)).toBe(true);
  });

  it('a one-time link e-mailed to the address confirms it; then received invitations can be accepted', async () => {
    const team = await organizationWithMembers(t, []);
    const person = await accountFromBeforeMail(t);
    await person.client.ok(SEND_CONFIRMATION);
    const sent = await mail.next();
    expect(sent.to).toEqual([person.email]);
    const token = fragmentToken(sent.text, '/confirm-email');

    // Any browser holding the link proves the mailbox, once.
    expect((await t.client().ok<{ confirmEmail: boolean }>(CONFIRM, { input: { token } })).confirmEmail).toBe(
      true,
    );
    expect(await emailConfirmed(person)).toBe(true);
    const replay = await t.client().gql(CONFIRM, { input: { token } });
    expect(errorCodes(replay.errors)).toEqual(['BAD_USER_INPUT']);

    await team.owner.client.ok(INVITE, {
      input: { organizationId: team.organization.id, email: person.email, role: MembershipRole.VIEWER },
    });
    await mail.next();
    const { receivedInvitations } = await person.client.ok<{ receivedInvitations: { id: string }[] }>(
      RECEIVED,
    );
    const accepted = await person.client.ok<{ acceptReceivedInvitation: { role: string } }>(ACCEPT_RECEIVED, {
      input: { id: receivedInvitations[0]?.id },
    });
    expect(accepted.acceptReceivedInvitation.role).toBe('VIEWER');
  });

  it('a confirmation link stops working once the account’s address is not the one it was sent to', async () => {
    const person = await accountFromBeforeMail(t);
    await person.client.ok(SEND_CONFIRMATION);
    const token = fragmentToken((await mail.next()).text, '/confirm-email');
    await t.db.query(`UPDATE users SET email = $1 WHERE id = $2`, [
      `moved-${Date.now()}@example.org`,
      person.userId,
    ]);
    expect(errorCodes((await t.client().gql(CONFIRM, { input: { token } })).errors)).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await emailConfirmed(person)).toBe(false);
  });

  it('another account’s received invitation does not exist for the viewer', async () => {
    const team = await organizationWithMembers(t, []);
    const invitee = await accountFromBeforeMail(t);
    const other = await accountFromBeforeMail(t);
    await team.owner.client.ok(INVITE, {
      input: { organizationId: team.organization.id, email: invitee.email, role: MembershipRole.MEMBER },
    });
    await mail.next();
    const { receivedInvitations } = await invitee.client.ok<{ receivedInvitations: { id: string }[] }>(
      RECEIVED,
    );
    await t.db.query(`UPDATE users SET email_confirmed_at = now() WHERE id = $1`, [other.userId]);
    const result = await other.client.gql(ACCEPT_RECEIVED, { input: { id: receivedInvitations[0]?.id } });
    expect(errorCodes(result.errors)).toEqual(['NOT_FOUND']);
    expect((await other.client.ok<{ receivedInvitations: unknown[] }>(RECEIVED)).receivedInvitations).toEqual(
      [],
    );
  });
});

describe('e-mail ownership without SMTP_URL', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  it('says a link cannot be sent, and a platform admin confirms the address instead', async () => {
    const platformAdmin = await signUpPerson(t);
    const person = await signUpPerson(t);
    const unavailable = await person.client.gql(SEND_CONFIRMATION);
    expect(errorCodes(unavailable.errors)).toEqual(['CONFLICT']);
    expect(reasonOf(unavailable)).toBe('ACCOUNT_EMAIL_CONFIRMATION_UNAVAILABLE');

    const byPeer = await person.client.gql(
      `mutation ($input: ConfirmAccountEmailInput!) { confirmAccountEmail(input: $input) }`,
      {
        input: { email: person.email },
      },
    );
    expect(errorCodes(byPeer.errors)).toEqual(['FORBIDDEN']);
    await platformAdmin.client.ok(
      `mutation ($input: ConfirmAccountEmailInput!) { confirmAccountEmail(input: $input) }`,
      {
        input: { email: person.email.toUpperCase() },
      },
    );
    expect(await emailConfirmed(person)).toBe(true);
  });
});
