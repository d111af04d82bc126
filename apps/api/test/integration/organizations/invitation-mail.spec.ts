import { randomUUID } from 'node:crypto';
import { MembershipRole } from '@ecw/domain';
import { RateLimits } from '../../../src/core/rate-limit/rate-limits.js';
import { errorCodes } from '../../support/test-client.js';
import {
  addMember,
  type Person,
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

  it('caps one inviter at 300 invitations an hour, across organisations, and not their co-admins', async () => {
    const first = await organizationWithMembers(t, []);
    const second = await organizationWithMembers(t, [MembershipRole.ADMIN]);
    const inviter = first.owner;
    await addMember(t, second.organization.id, second.owner.client, MembershipRole.ADMIN, inviter);
    // 299 invitations already sent this hour (arranged in the limiter rather than sent one by one).
    const limits = t.api.app.get(RateLimits);
    for (let n = 0; n < 299; n++) await limits.consume('invitationsByInviter', inviter.userId);

    const invite = (by: Person, organizationId: string) =>
      by.client.gql(INVITE, {
        input: { organizationId, email: `spam-${randomUUID()}@example.org`, role: MembershipRole.VIEWER },
      });
    expect((await invite(inviter, first.organization.id)).errors).toBeUndefined();
    // The 301st, from an organisation whose own budget is untouched: refused for this inviter.
    const refused = await invite(inviter, second.organization.id);
    expect(errorCodes(refused.errors)).toEqual(['RATE_LIMITED']);
    // Another admin of that organisation still invites.
    expect(
      (await invite(second.withRole(MembershipRole.ADMIN), second.organization.id)).errors,
    ).toBeUndefined();
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
