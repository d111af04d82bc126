import { randomUUID } from 'node:crypto';
import { MembershipRole } from '@ecw/domain';
import { EventBus } from '../../../src/core/pubsub/event-bus.js';
import { AccountFactory } from '../../factories/account.factory.js';
import { organizationWithMembers, signUpPerson, type Person } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type GqlResult, type TestClient } from '../../support/test-client.js';

const INVITE = `mutation ($input: InviteMemberInput!) {
  inviteMember(input: $input) { id email role expiresAt acceptToken organization { id name } }
}`;
const PREVIEW = `query ($token: String!) { invitation(token: $token) { organizationName role email expiresAt } }`;
const ACCEPT = `mutation ($token: String!) { acceptInvitation(token: $token) { id role user { id } organization { id viewerRole } } }`;
const PENDING = `query ($organizationId: ID!) { pendingInvitations(organizationId: $organizationId) { id email role expiresAt createdAt } }`;
const REVOKE = `mutation ($input: RevokeInvitationInput!) { revokeInvitation(input: $input) }`;

interface Invited {
  inviteMember: {
    id: string;
    email: string;
    role: string;
    expiresAt: string;
    acceptToken: string;
    organization: { id: string; name: string };
  };
}

function fieldsOf(result: Pick<GqlResult, 'errors'>): string[] {
  return ((result.errors?.[0]?.extensions?.['fieldErrors'] ?? []) as { field: string }[]).map(
    (error) => error.field,
  );
}

function invite(
  client: TestClient,
  organizationId: string,
  email: string,
  role: MembershipRole | string = MembershipRole.MEMBER,
) {
  return client.gql<Invited>(INVITE, { input: { organizationId, email, role } });
}

async function invited(
  client: TestClient,
  organizationId: string,
  email: string,
  role: MembershipRole | string = MembershipRole.MEMBER,
) {
  const result = await invite(client, organizationId, email, role);
  if (!result.data) throw new Error(`inviteMember failed: ${JSON.stringify(result.errors)}`);
  return result.data.inviteMember;
}

describe('invitations: invite, preview, accept, list and revoke', () => {
  let t: TestApi;
  let platformAdmin: Person;

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t); // the first account of a database is a platform admin
  });
  afterAll(() => t.close());

  describe('inviteMember', () => {
    it('lets an OWNER invite with any role: the secret is returned once, only its keyed hash is stored, 7 days to accept', async () => {
      const team = await organizationWithMembers(t, []);
      const email = AccountFactory.create().build().email;
      for (const role of [
        MembershipRole.OWNER,
        MembershipRole.ADMIN,
        MembershipRole.MEMBER,
        MembershipRole.VIEWER,
      ]) {
        const invitation = await invited(team.owner.client, team.organization.id, email, role);
        expect(invitation).toMatchObject({
          email,
          role,
          organization: { id: team.organization.id, name: team.organization.name },
        });
        expect(invitation.acceptToken).toMatch(/^ecwi_/);
        const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
        expect(days).toBeGreaterThan(6.99);
        expect(days).toBeLessThanOrEqual(7);
        const [row] = await t.db.query('SELECT * FROM invitations WHERE id = $1', [invitation.id]);
        expect(JSON.stringify(row)).not.toContain(invitation.acceptToken);
        expect(row.token_hash).toEqual(expect.any(String));
      }
    });

    it('lets an ADMIN invite, except as OWNER', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.ADMIN]);
      const admin = team.withRole(MembershipRole.ADMIN);
      await invited(
        admin.client,
        team.organization.id,
        AccountFactory.create().build().email,
        MembershipRole.ADMIN,
      );
      const asOwner = await invite(
        admin.client,
        team.organization.id,
        AccountFactory.create().build().email,
        MembershipRole.OWNER,
      );
      expect(errorCodes(asOwner.errors)).toEqual(['FORBIDDEN']);
      expect(fieldsOf(asOwner)).toEqual(['role']);
    });

    it('audits member.invited without the e-mail address', async () => {
      const team = await organizationWithMembers(t, []);
      const email = AccountFactory.create().build().email;
      const invitation = await invited(team.owner.client, team.organization.id, email, MembershipRole.VIEWER);
      const audit = await t.db.query(
        `SELECT actor_id, target_id, metadata FROM audit_events WHERE organization_id = $1 AND action = 'member.invited'`,
        [team.organization.id],
      );
      expect(audit).toEqual([
        {
          actor_id: team.owner.userId,
          target_id: invitation.id,
          metadata: { role: 'VIEWER', replacedInvitations: 0 },
        },
      ]);
      expect(JSON.stringify(audit)).not.toContain(email);
    });

    it('replaces a pending invitation to the same address (any case): the earlier link stops working', async () => {
      const team = await organizationWithMembers(t, []);
      const email = AccountFactory.create().build().email;
      const first = await invited(team.owner.client, team.organization.id, email);
      const second = await invited(
        team.owner.client,
        team.organization.id,
        email.toUpperCase(),
        MembershipRole.ADMIN,
      );
      const stale = await t.client().gql(PREVIEW, { token: first.acceptToken });
      expect(errorCodes(stale.errors)).toEqual(['NOT_FOUND']);
      const [row] = await t.db.query('SELECT revoked_at FROM invitations WHERE id = $1', [first.id]);
      expect(row.revoked_at).toBeInstanceOf(Date);
      const pending = await team.owner.client.ok<{ pendingInvitations: { id: string }[] }>(PENDING, {
        organizationId: team.organization.id,
      });
      expect(pending.pendingInvitations.map((p) => p.id)).toEqual([second.id]);
    });

    it('refuses an address that already belongs to a member (any case), naming the field', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.VIEWER]);
      const result = await invite(
        team.owner.client,
        team.organization.id,
        team.withRole(MembershipRole.VIEWER).email.toUpperCase(),
      );
      expect(errorCodes(result.errors)).toEqual(['CONFLICT']);
      expect(fieldsOf(result)).toEqual(['email']);
    });

    it('refuses a malformed e-mail address naming the field, and stores nothing', async () => {
      const team = await organizationWithMembers(t, []);
      const result = await invite(team.owner.client, team.organization.id, 'not an address');
      expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result)).toEqual(['email']);
      const [row] = await t.db.query(
        'SELECT count(*)::int AS n FROM invitations WHERE organization_id = $1',
        [team.organization.id],
      );
      expect(row.n).toBe(0);
    });

    it.each([MembershipRole.MEMBER, MembershipRole.VIEWER])('refuses a %s with FORBIDDEN', async (role) => {
      const team = await organizationWithMembers(t, [role]);
      const result = await invite(
        team.withRole(role).client,
        team.organization.id,
        AccountFactory.create().build().email,
      );
      expect(errorCodes(result.errors)).toEqual(['FORBIDDEN']);
    });

    it('answers FORBIDDEN to an outsider of a verified organisation, NOT_FOUND of an unverified or unknown one', async () => {
      const verified = await organizationWithMembers(t, [], { verifiedBy: platformAdmin.client });
      const unverified = await organizationWithMembers(t, []);
      const outsider = await signUpPerson(t);
      const email = AccountFactory.create().build().email;
      expect(errorCodes((await invite(outsider.client, verified.organization.id, email)).errors)).toEqual([
        'FORBIDDEN',
      ]);
      for (const id of [unverified.organization.id, randomUUID(), 'x']) {
        expect(errorCodes((await invite(outsider.client, id, email)).errors)).toEqual(['NOT_FOUND']);
      }
    });

    it('tells an existing account at once, live, with its own accept link; an unknown address gets nothing stored', async () => {
      const team = await organizationWithMembers(t, []);
      const invitee = await signUpPerson(t);
      const announced = t.api.app
        .get(EventBus)
        .subscribe('notifications', invitee.userId);
      const next = announced.next();
      const invitation = await invited(
        team.owner.client,
        team.organization.id,
        invitee.email.toUpperCase(),
        MembershipRole.ADMIN,
      );
      const event = await Promise.race([
        next,
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000)),
      ]);
      await announced.return?.();
      const [notification] = await t.db.query(
        `SELECT id, params, link FROM notifications WHERE user_id = $1 AND kind = 'invitationReceived'`,
        [invitee.userId],
      );
      expect(notification).toEqual({
        id: expect.any(String),
        params: { inviter: team.owner.displayName, organization: team.organization.name, role: 'ADMIN' },
        link: `/invitations/accept?token=${invitation.acceptToken}`,
      });
      expect(event).toEqual({
        done: false,
        value: expect.objectContaining({ notificationId: notification.id, userId: invitee.userId }),
      });

      const before = await t.db.query('SELECT count(*)::int AS n FROM notifications');
      await invited(team.owner.client, team.organization.id, AccountFactory.create().build().email);
      expect(await t.db.query('SELECT count(*)::int AS n FROM notifications')).toEqual(before);
    });
  });

  describe('invitation(token)', () => {
    it('shows what the link offers to anyone holding it, signed in or not', async () => {
      const team = await organizationWithMembers(t, []);
      const email = AccountFactory.create().build().email;
      const invitation = await invited(team.owner.client, team.organization.id, email, MembershipRole.VIEWER);
      const data = await t
        .client()
        .ok<{ invitation: Record<string, unknown> }>(PREVIEW, { token: invitation.acceptToken });
      expect(data.invitation).toEqual({
        organizationName: team.organization.name,
        role: 'VIEWER',
        email,
        expiresAt: invitation.expiresAt,
      });
    });

    it('answers null + NOT_FOUND for an unknown, used, revoked or expired link', async () => {
      const team = await organizationWithMembers(t, []);
      const invitee = await signUpPerson(t);
      const used = await invited(team.owner.client, team.organization.id, invitee.email);
      await invitee.client.ok(ACCEPT, { token: used.acceptToken });
      const revoked = await invited(
        team.owner.client,
        team.organization.id,
        AccountFactory.create().build().email,
      );
      await team.owner.client.ok(REVOKE, { input: { id: revoked.id } });
      const expired = await invited(
        team.owner.client,
        team.organization.id,
        AccountFactory.create().build().email,
      );
      await t.db.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [
        expired.id,
      ]);
      for (const token of [
        'ecwi_unknown',
        used.acceptToken,
        revoked.acceptToken,
        expired.acceptToken,
        'x'.repeat(5000),
      ]) {
        const result = await t.client().gql(PREVIEW, { token });
        expect(result.data).toEqual({ invitation: null });
        expect(errorCodes(result.errors)).toEqual(['NOT_FOUND']);
      }
    });
  });

  describe('acceptInvitation', () => {
    it('makes the invited account (e-mail in any case) a member with the invited role, once; audits and tells the inviter', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.ADMIN]);
      const admin = team.withRole(MembershipRole.ADMIN);
      const invitee = await signUpPerson(t);
      const invitation = await invited(
        admin.client,
        team.organization.id,
        invitee.email.toUpperCase(),
        MembershipRole.VIEWER,
      );
      const data = await invitee.client.ok<{
        acceptInvitation: {
          id: string;
          role: string;
          user: { id: string };
          organization: { id: string; viewerRole: string };
        };
      }>(ACCEPT, { token: invitation.acceptToken });
      expect(data.acceptInvitation).toMatchObject({
        role: 'VIEWER',
        user: { id: invitee.userId },
        organization: { id: team.organization.id, viewerRole: 'VIEWER' },
      });
      const [row] = await t.db.query('SELECT accepted_at FROM invitations WHERE id = $1', [invitation.id]);
      expect(row.accepted_at).toBeInstanceOf(Date);
      const audit = await t.db.query(
        `SELECT actor_id, target_id, metadata FROM audit_events WHERE organization_id = $1 AND action = 'member.joined' AND actor_id = $2`,
        [team.organization.id, invitee.userId],
      );
      expect(audit).toEqual([
        {
          actor_id: invitee.userId,
          target_id: data.acceptInvitation.id,
          metadata: { role: 'VIEWER', invitationId: invitation.id },
        },
      ]);
      const told = await t.db.query(
        `SELECT params, link FROM notifications WHERE user_id = $1 AND kind = 'memberJoined' AND params->>'member' = $2`,
        [admin.userId, invitee.displayName],
      );
      expect(told).toEqual([
        {
          params: { member: invitee.displayName, organization: team.organization.name },
          link: `/organizations/${team.organization.id}`,
        },
      ]);

      const again = await invitee.client.gql(ACCEPT, { token: invitation.acceptToken });
      expect(errorCodes(again.errors)).toEqual(['NOT_FOUND']);
    });

    it('refuses another account with FORBIDDEN and a field error, and leaves the invitation usable', async () => {
      const team = await organizationWithMembers(t, []);
      const invitee = await signUpPerson(t);
      const someoneElse = await signUpPerson(t);
      const invitation = await invited(team.owner.client, team.organization.id, invitee.email);
      const result = await someoneElse.client.gql(ACCEPT, { token: invitation.acceptToken });
      expect(errorCodes(result.errors)).toEqual(['FORBIDDEN']);
      expect(result.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
        { field: 'token', message: 'This invitation is for another e-mail address.' },
      ]);
      await invitee.client.ok(ACCEPT, { token: invitation.acceptToken });
    });

    it('refuses an expired, revoked or unknown link with NOT_FOUND', async () => {
      const team = await organizationWithMembers(t, []);
      const invitee = await signUpPerson(t);
      const expired = await invited(team.owner.client, team.organization.id, invitee.email);
      await t.db.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [
        expired.id,
      ]);
      expect(errorCodes((await invitee.client.gql(ACCEPT, { token: expired.acceptToken })).errors)).toEqual([
        'NOT_FOUND',
      ]);
      const revoked = await invited(team.owner.client, team.organization.id, invitee.email);
      await team.owner.client.ok(REVOKE, { input: { id: revoked.id } });
      expect(errorCodes((await invitee.client.gql(ACCEPT, { token: revoked.acceptToken })).errors)).toEqual([
        'NOT_FOUND',
      ]);
      expect(errorCodes((await invitee.client.gql(ACCEPT, { token: 'ecwi_made_up' })).errors)).toEqual([
        'NOT_FOUND',
      ]);
      const [row] = await t.db.query('SELECT count(*)::int AS n FROM memberships WHERE user_id = $1', [
        invitee.userId,
      ]);
      expect(row.n).toBe(0);
    });

    it('answers CONFLICT when the account is already a member', async () => {
      const team = await organizationWithMembers(t, []);
      const invitee = await signUpPerson(t);
      const invitation = await invited(team.owner.client, team.organization.id, invitee.email);
      // Arranged directly: the API refuses to invite a member, so only a race gets here.
      await t.db.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [
        team.organization.id,
        invitee.userId,
      ]);
      const result = await invitee.client.gql(ACCEPT, { token: invitation.acceptToken });
      expect(errorCodes(result.errors)).toEqual(['CONFLICT']);
      const [row] = await t.db.query('SELECT accepted_at FROM invitations WHERE id = $1', [invitation.id]);
      expect(row.accepted_at).toBeNull();
    });

    it('does not tell an inviter who has since left', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.ADMIN]);
      const admin = team.withRole(MembershipRole.ADMIN);
      const invitee = await signUpPerson(t);
      const invitation = await invited(admin.client, team.organization.id, invitee.email);
      await admin.client.ok(`mutation ($id: ID!) { removeMember(membershipId: $id) }`, {
        id: admin.membershipId,
      });
      await invitee.client.ok(ACCEPT, { token: invitation.acceptToken });
      const told = await t.db.query(
        `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'memberJoined'`,
        [admin.userId],
      );
      expect(told).toEqual([{ n: 0 }]);
    });

    it('refuses a signed-out caller', async () => {
      const result = await t.client().gql(ACCEPT, { token: 'ecwi_anything' });
      expect(errorCodes(result.errors)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('pendingInvitations', () => {
    it('lists open invitations, newest first, without their secrets, to OWNERs and ADMINs', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.ADMIN]);
      const invitee = await signUpPerson(t);
      const older = await invited(
        team.owner.client,
        team.organization.id,
        AccountFactory.create().build().email,
      );
      const newer = await invited(
        team.owner.client,
        team.organization.id,
        AccountFactory.create().build().email,
        MembershipRole.VIEWER,
      );
      const accepted = await invited(team.owner.client, team.organization.id, invitee.email);
      await invitee.client.ok(ACCEPT, { token: accepted.acceptToken });
      for (const reader of [team.owner, team.withRole(MembershipRole.ADMIN)]) {
        const data = await reader.client.ok<{
          pendingInvitations: { id: string; email: string; role: string }[];
        }>(PENDING, {
          organizationId: team.organization.id,
        });
        expect(data.pendingInvitations.map(({ id, email, role }) => ({ id, email, role }))).toEqual([
          { id: newer.id, email: newer.email, role: 'VIEWER' },
          { id: older.id, email: older.email, role: 'MEMBER' },
        ]);
      }
      const secretField = await team.owner.client.gql(
        `query ($o: ID!) { pendingInvitations(organizationId: $o) { acceptToken } }`,
        {
          o: team.organization.id,
        },
      );
      expect(errorCodes(secretField.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    });

    it('refuses MEMBER and VIEWER with FORBIDDEN, outsiders of an unverified organisation with NOT_FOUND', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.MEMBER, MembershipRole.VIEWER]);
      for (const role of [MembershipRole.MEMBER, MembershipRole.VIEWER]) {
        const result = await team
          .withRole(role)
          .client.gql(PENDING, { organizationId: team.organization.id });
        expect(errorCodes(result.errors)).toEqual(['FORBIDDEN']);
      }
      const outsider = await signUpPerson(t);
      for (const organizationId of [team.organization.id, randomUUID(), 'bad']) {
        const result = await outsider.client.gql(PENDING, { organizationId });
        expect(errorCodes(result.errors)).toEqual(['NOT_FOUND']);
      }
    });
  });

  describe('revokeInvitation', () => {
    it('lets an ADMIN revoke a pending invitation: audited, the link stops working, a second revoke is NOT_FOUND', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.ADMIN]);
      const admin = team.withRole(MembershipRole.ADMIN);
      const invitation = await invited(
        team.owner.client,
        team.organization.id,
        AccountFactory.create().build().email,
      );
      expect(await admin.client.ok(REVOKE, { input: { id: invitation.id } })).toEqual({
        revokeInvitation: true,
      });
      expect(errorCodes((await t.client().gql(PREVIEW, { token: invitation.acceptToken })).errors)).toEqual([
        'NOT_FOUND',
      ]);
      const audit = await t.db.query(
        `SELECT actor_id, target_id FROM audit_events WHERE action = 'member.invitation_revoked' AND organization_id = $1`,
        [team.organization.id],
      );
      expect(audit).toEqual([{ actor_id: admin.userId, target_id: invitation.id }]);
      expect(errorCodes((await admin.client.gql(REVOKE, { input: { id: invitation.id } })).errors)).toEqual([
        'NOT_FOUND',
      ]);
    });

    it('refuses MEMBER and VIEWER with FORBIDDEN; outsiders and bad ids get NOT_FOUND; the invitation stays', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.MEMBER, MembershipRole.VIEWER], {
        verifiedBy: platformAdmin.client,
      });
      const invitation = await invited(
        team.owner.client,
        team.organization.id,
        AccountFactory.create().build().email,
      );
      for (const role of [MembershipRole.MEMBER, MembershipRole.VIEWER]) {
        const result = await team.withRole(role).client.gql(REVOKE, { input: { id: invitation.id } });
        expect(errorCodes(result.errors)).toEqual(['FORBIDDEN']);
      }
      const outsider = await signUpPerson(t);
      for (const [client, id] of [
        [outsider.client, invitation.id],
        [platformAdmin.client, invitation.id],
        [team.owner.client, randomUUID()],
        [team.owner.client, 'nope'],
      ] as const) {
        expect(errorCodes((await client.gql(REVOKE, { input: { id } })).errors)).toEqual(['NOT_FOUND']);
      }
      const [row] = await t.db.query('SELECT revoked_at FROM invitations WHERE id = $1', [invitation.id]);
      expect(row.revoked_at).toBeNull();
    });
  });

  // Last in this file: it spends the whole per-address lookup budget of 127.0.0.1.
  describe('invitation(token) rate limit', () => {
    it('answers RATE_LIMITED once an address has spent its lookup budget', async () => {
      const codes = new Set<unknown>();
      for (let attempt = 0; attempt < 301; attempt++) {
        const result = await t.client().gql(PREVIEW, { token: `ecwi_guess_${attempt}` });
        codes.add(errorCodes(result.errors)[0]);
      }
      expect(codes).toEqual(new Set(['NOT_FOUND', 'RATE_LIMITED']));
      const limited = await t.client().gql(PREVIEW, { token: 'ecwi_one_more' });
      expect(errorCodes(limited.errors)).toEqual(['RATE_LIMITED']);
      expect(limited.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    });
  });
});
