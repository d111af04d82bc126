import { MembershipRole } from '@ecw/domain';
import {
  OrganizationFactory,
  organizationWithMembers,
  signUpPerson,
} from '../../factories/organization.factory.js';
import { MailCatcher } from '../../support/mail-catcher.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';

const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { acceptToken } }`;
const PUBLIC_URL = 'https://workspace.example.org';

describe('invitations by e-mail (SMTP_URL set)', () => {
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

  it('mails the accept link (at PUBLIC_URL) to the invited address, in the invitee’s language', async () => {
    const team = await organizationWithMembers(t, []);
    const invitee = await signUpPerson(t, { locale: 'fr' });
    const data = await team.owner.client.ok<{ inviteMember: { acceptToken: string } }>(INVITE, {
      input: {
        organizationId: team.organization.id,
        email: invitee.email.toUpperCase(),
        role: MembershipRole.MEMBER,
      },
    });
    const received = await mail.next();
    expect(received.to.map((to) => to.toLowerCase())).toEqual([invitee.email.toLowerCase()]);
    expect(received.text).toContain(
      `${PUBLIC_URL}/invitations/accept#token=${encodeURIComponent(data.inviteMember.acceptToken)}`,
    );
    expect(received.text).toContain('vous invite à rejoindre');
  });

  it('mails someone without an account yet in the inviter’s language, and the link works for them', async () => {
    const team = await organizationWithMembers(t, []);
    const email = `newcomer-${Date.now()}@example.org`;
    await team.owner.client.ok(INVITE, {
      input: { organizationId: team.organization.id, email, role: MembershipRole.VIEWER },
    });
    const received = await mail.next();
    expect(received.text).toContain('invited you to join');
    const token = decodeURIComponent(/token=([^\s]+)/.exec(received.text)?.[1] ?? '');
    const newcomer = await signUpPerson(t, { email });
    const accepted = await newcomer.client.ok<{ acceptInvitation: { role: string } }>(
      `mutation ($token: String!) { acceptInvitation(token: $token) { role } }`,
      { token },
    );
    expect(accepted.acceptInvitation.role).toBe(MembershipRole.VIEWER);
  });
});

describe('invitations without SMTP_URL', () => {
  let mail: MailCatcher;
  let t: TestApi;
  beforeAll(async () => {
    mail = await MailCatcher.start();
    // A PUBLIC_URL but no SMTP_URL: nothing may be sent anywhere.
    t = await startTestApi({ PUBLIC_URL });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('sends nothing: the inviter hands over the one-time link', async () => {
    const team = await organizationWithMembers(t, []);
    const data = await team.owner.client.ok<{ inviteMember: { acceptToken: string } }>(INVITE, {
      input: {
        organizationId: team.organization.id,
        email: 'someone@example.org',
        role: MembershipRole.MEMBER,
      },
    });
    expect(data.inviteMember.acceptToken).toMatch(/^ecwi_/);
    await mail.nothingWithin(1000);
  });
});

describe('invitation spam', () => {
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

  it('puts none of the inviter’s free text (names) in the subject', async () => {
    const team = await organizationWithMembers(t, [], {
      factory: OrganizationFactory.create({ name: 'Cheap pills click here' }),
    });
    await team.owner.client.ok(INVITE, {
      input: {
        organizationId: team.organization.id,
        email: `target-${Date.now()}@example.org`,
        role: MembershipRole.MEMBER,
      },
    });
    const received = await mail.next();
    const subject = /^Subject: (.*)$/m.exec(received.raw)?.[1] ?? '';
    expect(subject).not.toContain('Cheap pills');
    expect(subject).not.toContain(team.owner.displayName);
  });

  it('caps invitations from an unverified organisation far below a verified one’s', async () => {
    const team = await organizationWithMembers(t, []);
    const codes: unknown[] = [];
    for (let n = 0; n < 21; n++) {
      const result = await team.owner.client.gql(INVITE, {
        input: {
          organizationId: team.organization.id,
          email: `bulk-${n}-${Date.now()}@example.org`,
          role: MembershipRole.VIEWER,
        },
      });
      codes.push(result.errors?.[0]?.extensions?.['code'] ?? 'OK');
    }
    expect(codes.slice(0, 20)).toEqual(Array(20).fill('OK'));
    expect(codes[20]).toBe('RATE_LIMITED');
    for (let n = 0; n < 20; n++) await mail.next();
  }, 60_000);
});
