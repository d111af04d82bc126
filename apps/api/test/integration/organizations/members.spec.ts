import { randomUUID } from 'node:crypto';
import { MembershipRole } from '@ecw/domain';
import {
  addMember,
  organizationWithMembers,
  signUpPerson,
  type Member,
  type Person,
} from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type GqlResult } from '../../support/test-client.js';

const MEMBERS = `query ($id: ID!, $first: Int, $after: String) {
  organization(id: $id) {
    id
    members(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id role createdAt user { id displayName } organization { id name } } }
    }
  }
}`;
const MY_MEMBERSHIPS = `{ me { memberships { id role organization { id name viewerRole } user { id } } } }`;
const CHANGE_ROLE = `mutation ($membershipId: ID!, $role: MembershipRole!) { changeMemberRole(membershipId: $membershipId, role: $role) { id role user { id } } }`;
const REMOVE = `mutation ($membershipId: ID!) { removeMember(membershipId: $membershipId) }`;

interface MembersPage {
  organization: {
    members: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: {
        node: {
          id: string;
          role: MembershipRole;
          user: { id: string; displayName: string };
          organization: { id: string };
        };
      }[];
    };
  };
}

function fieldsOf(result: Pick<GqlResult, 'errors'>): string[] {
  return ((result.errors?.[0]?.extensions?.['fieldErrors'] ?? []) as { field: string }[]).map(
    (error) => error.field,
  );
}

describe('members: list, change roles, remove and leave', () => {
  let t: TestApi;
  let platformAdmin: Person;

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t); // the first account of a database is a platform admin
  });
  afterAll(() => t.close());

  async function roleIn(membershipId: string): Promise<string | null> {
    const rows = await t.db.query('SELECT role FROM memberships WHERE id = $1', [membershipId]);
    return rows[0]?.role ?? null;
  }

  async function ownersOf(organizationId: string): Promise<number> {
    const [row] = await t.db.query(
      `SELECT count(*)::int AS n FROM memberships WHERE organization_id = $1 AND role = 'OWNER'`,
      [organizationId],
    );
    return row.n;
  }

  describe('Organization.members', () => {
    it('lists members to every member (VIEWER included), strongest role first, then oldest, page by page', async () => {
      const team = await organizationWithMembers(t, [
        MembershipRole.VIEWER,
        MembershipRole.MEMBER,
        MembershipRole.ADMIN,
        MembershipRole.MEMBER,
      ]);
      const expected = [
        team.owner,
        team.member(2), // ADMIN
        team.member(1), // first MEMBER
        team.member(3), // second MEMBER
        team.member(0), // VIEWER
      ].map((member) => ({
        id: member.membershipId,
        role: member.role,
        user: { id: member.userId, displayName: member.displayName },
      }));

      for (const reader of [team.owner, ...team.members]) {
        const seen: unknown[] = [];
        let after: string | null = null;
        do {
          const data: MembersPage = await reader.client.ok<MembersPage>(MEMBERS, {
            id: team.organization.id,
            first: 2,
            after,
          });
          expect(data.organization.members.totalCount).toBe(5);
          seen.push(
            ...data.organization.members.edges.map(({ node }) => ({
              id: node.id,
              role: node.role,
              user: node.user,
            })),
          );
          expect(
            data.organization.members.edges.every(
              ({ node }) => node.organization.id === team.organization.id,
            ),
          ).toBe(true);
          after = data.organization.members.pageInfo.hasNextPage
            ? data.organization.members.pageInfo.endCursor
            : null;
        } while (after);
        expect(seen).toEqual(expected);
      }
    });

    it('refuses anyone who is not a member with FORBIDDEN, a platform admin included, and shows no member', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.MEMBER], {
        verifiedBy: platformAdmin.client,
      });
      const outsider = await signUpPerson(t);
      for (const reader of [outsider, platformAdmin]) {
        const result = await reader.client.gql<MembersPage>(MEMBERS, { id: team.organization.id });
        expect(errorCodes(result.errors)).toEqual(['FORBIDDEN']);
        expect(result.data?.organization ?? null).toBeNull();
      }
    });

    it('refuses a forged cursor as a field error', async () => {
      const team = await organizationWithMembers(t, []);
      const forged = Buffer.from(JSON.stringify([1, 'yesterday', randomUUID()])).toString('base64url');
      const result = await team.owner.client.gql(MEMBERS, { id: team.organization.id, after: forged });
      expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result)).toEqual(['after']);
    });
  });

  describe('Me.memberships', () => {
    it("lists the viewer's own memberships with the role and organisation, and nobody else's", async () => {
      const first = await organizationWithMembers(t, [MembershipRole.MEMBER]);
      const member = first.withRole(MembershipRole.MEMBER);
      const second = await organizationWithMembers(t, []);
      await addMember(t, second.organization.id, second.owner.client, MembershipRole.VIEWER, member);
      const data = await member.client.ok<{
        me: {
          memberships: {
            role: string;
            organization: { id: string; viewerRole: string };
            user: { id: string };
          }[];
        };
      }>(MY_MEMBERSHIPS);
      expect(
        data.me.memberships.map((m) => [m.organization.id, m.role, m.organization.viewerRole, m.user.id]),
      ).toEqual([
        [first.organization.id, 'MEMBER', 'MEMBER', member.userId],
        [second.organization.id, 'VIEWER', 'VIEWER', member.userId],
      ]);
      const stranger = await signUpPerson(t);
      expect(
        (await stranger.client.ok<{ me: { memberships: unknown[] } }>(MY_MEMBERSHIPS)).me.memberships,
      ).toEqual([]);
    });

    it('answers in the sign-in payload too, before the request has a viewer', async () => {
      const team = await organizationWithMembers(t, []);
      const browser = t.client();
      const data = await browser.ok<{
        signIn: { me: { memberships: { organization: { name: string } }[] } };
      }>(
        `mutation ($input: SignInInput!) { signIn(input: $input) { me { memberships { role organization { name } } } } }`,
        { input: { email: team.owner.email, password: team.owner.password } },
      );
      expect(data.signIn.me.memberships.map((m) => m.organization.name)).toEqual([team.organization.name]);
    });
  });

  describe('changeMemberRole', () => {
    it('lets an ADMIN change a MEMBER to VIEWER: audited with from/to, the member is told', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.ADMIN, MembershipRole.MEMBER]);
      const admin = team.withRole(MembershipRole.ADMIN);
      const member = team.withRole(MembershipRole.MEMBER);
      const data = await admin.client.ok<{
        changeMemberRole: { id: string; role: string; user: { id: string } };
      }>(CHANGE_ROLE, {
        membershipId: member.membershipId,
        role: 'VIEWER',
      });
      expect(data.changeMemberRole).toEqual({
        id: member.membershipId,
        role: 'VIEWER',
        user: { id: member.userId },
      });
      const audit = await t.db.query(
        `SELECT actor_id, target_id, metadata FROM audit_events WHERE organization_id = $1 AND action = 'member.role_changed'`,
        [team.organization.id],
      );
      expect(audit).toEqual([
        {
          actor_id: admin.userId,
          target_id: member.membershipId,
          metadata: { from: 'MEMBER', to: 'VIEWER' },
        },
      ]);
      const notified = await t.db.query(
        `SELECT params, link FROM notifications WHERE user_id = $1 AND kind = 'roleChanged'`,
        [member.userId],
      );
      expect(notified).toEqual([
        {
          params: { organization: team.organization.name, role: 'VIEWER' },
          link: `/organizations/${team.organization.id}`,
        },
      ]);
    });

    it('lets an OWNER grant OWNER and change an OWNER; an ADMIN can do neither', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.ADMIN, MembershipRole.MEMBER]);
      const admin = team.withRole(MembershipRole.ADMIN);
      const member = team.withRole(MembershipRole.MEMBER);

      const grant = await admin.client.gql(CHANGE_ROLE, { membershipId: member.membershipId, role: 'OWNER' });
      expect(errorCodes(grant.errors)).toEqual(['FORBIDDEN']);
      expect(fieldsOf(grant)).toEqual(['role']);
      const demoteOwner = await admin.client.gql(CHANGE_ROLE, {
        membershipId: team.owner.membershipId,
        role: 'MEMBER',
      });
      expect(errorCodes(demoteOwner.errors)).toEqual(['FORBIDDEN']);
      const selfPromotion = await admin.client.gql(CHANGE_ROLE, {
        membershipId: admin.membershipId,
        role: 'OWNER',
      });
      expect(errorCodes(selfPromotion.errors)).toEqual(['FORBIDDEN']);
      expect(await roleIn(member.membershipId)).toBe('MEMBER');
      expect(await roleIn(admin.membershipId)).toBe('ADMIN');

      await team.owner.client.ok(CHANGE_ROLE, { membershipId: member.membershipId, role: 'OWNER' });
      expect(await roleIn(member.membershipId)).toBe('OWNER');
      await team.owner.client.ok(CHANGE_ROLE, { membershipId: member.membershipId, role: 'ADMIN' });
      expect(await roleIn(member.membershipId)).toBe('ADMIN');
    });

    it('refuses to demote the last OWNER with CONFLICT and a clear message', async () => {
      const team = await organizationWithMembers(t, []);
      const result = await team.owner.client.gql(CHANGE_ROLE, {
        membershipId: team.owner.membershipId,
        role: 'ADMIN',
      });
      expect(errorCodes(result.errors)).toEqual(['CONFLICT']);
      expect(result.errors?.[0]?.message).toBe('An organisation needs at least one owner.');
      expect(await roleIn(team.owner.membershipId)).toBe('OWNER');
    });

    it('lets an OWNER step down while another OWNER remains', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.OWNER]);
      await team.owner.client.ok(CHANGE_ROLE, { membershipId: team.owner.membershipId, role: 'MEMBER' });
      expect(await roleIn(team.owner.membershipId)).toBe('MEMBER');
      const [notified] = await t.db.query(
        `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'roleChanged'`,
        [team.owner.userId],
      );
      expect(notified.n).toBe(0); // nobody needs telling what they did themselves
    });

    it.each([MembershipRole.MEMBER, MembershipRole.VIEWER])('refuses a %s with FORBIDDEN', async (role) => {
      const team = await organizationWithMembers(t, [role, MembershipRole.MEMBER]);
      const target = team.member(1);
      const result = await team
        .withRole(role)
        .client.gql(CHANGE_ROLE, { membershipId: target.membershipId, role: 'VIEWER' });
      expect(errorCodes(result.errors)).toEqual(['FORBIDDEN']);
      expect(await roleIn(target.membershipId)).toBe('MEMBER');
    });

    it('answers NOT_FOUND to anyone outside the organisation (membership ids are part of the member list) and for bad ids', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.MEMBER], {
        verifiedBy: platformAdmin.client,
      });
      const outsider = await signUpPerson(t);
      for (const [client, membershipId] of [
        [outsider.client, team.member(0).membershipId],
        [platformAdmin.client, team.member(0).membershipId],
        [team.owner.client, randomUUID()],
        [team.owner.client, 'nope'],
      ] as const) {
        const result = await client.gql(CHANGE_ROLE, { membershipId, role: 'VIEWER' });
        expect(errorCodes(result.errors)).toEqual(['NOT_FOUND']);
      }
      expect(await roleIn(team.member(0).membershipId)).toBe('MEMBER');
    });
  });

  describe('removeMember', () => {
    it('lets an ADMIN remove a MEMBER: audited, the member is told and loses access at once', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.ADMIN, MembershipRole.MEMBER]);
      const admin = team.withRole(MembershipRole.ADMIN);
      const member = team.withRole(MembershipRole.MEMBER);
      expect(await admin.client.ok(REMOVE, { membershipId: member.membershipId })).toEqual({
        removeMember: true,
      });
      expect(await roleIn(member.membershipId)).toBeNull();
      const audit = await t.db.query(
        `SELECT actor_id, target_id, metadata FROM audit_events WHERE organization_id = $1 AND action = 'member.removed'`,
        [team.organization.id],
      );
      expect(audit).toEqual([
        { actor_id: admin.userId, target_id: member.membershipId, metadata: { role: 'MEMBER' } },
      ]);
      const notified = await t.db.query(
        `SELECT params, link FROM notifications WHERE user_id = $1 AND kind = 'removed'`,
        [member.userId],
      );
      expect(notified).toEqual([{ params: { organization: team.organization.name }, link: null }]);
      const after = await member.client.gql(`query ($id: ID!) { organization(id: $id) { id } }`, {
        id: team.organization.id,
      });
      expect(errorCodes(after.errors)).toEqual(['NOT_FOUND']);
    });

    it('lets an OWNER remove another OWNER, but not an ADMIN', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.OWNER, MembershipRole.ADMIN]);
      const [secondOwner, admin] = team.members as [Member, Member];
      const refused = await admin.client.gql(REMOVE, { membershipId: secondOwner.membershipId });
      expect(errorCodes(refused.errors)).toEqual(['FORBIDDEN']);
      expect(await roleIn(secondOwner.membershipId)).toBe('OWNER');
      await team.owner.client.ok(REMOVE, { membershipId: secondOwner.membershipId });
      expect(await roleIn(secondOwner.membershipId)).toBeNull();
    });

    it.each([MembershipRole.MEMBER, MembershipRole.VIEWER])(
      "refuses a %s removing someone else's membership with FORBIDDEN",
      async (role) => {
        const team = await organizationWithMembers(t, [role, MembershipRole.VIEWER]);
        const target = team.member(1);
        const result = await team.withRole(role).client.gql(REMOVE, { membershipId: target.membershipId });
        expect(errorCodes(result.errors)).toEqual(['FORBIDDEN']);
        expect(await roleIn(target.membershipId)).toBe('VIEWER');
      },
    );

    it.each([MembershipRole.VIEWER, MembershipRole.MEMBER, MembershipRole.ADMIN])(
      'lets a %s leave: audited as member.left',
      async (role) => {
        const team = await organizationWithMembers(t, [role]);
        const leaver = team.withRole(role);
        await leaver.client.ok(REMOVE, { membershipId: leaver.membershipId });
        expect(await roleIn(leaver.membershipId)).toBeNull();
        const audit = await t.db.query(
          `SELECT actor_id, target_id FROM audit_events WHERE organization_id = $1 AND action = 'member.left'`,
          [team.organization.id],
        );
        expect(audit).toEqual([{ actor_id: leaver.userId, target_id: leaver.membershipId }]);
      },
    );

    it('lets the last OWNER neither leave nor be removed (CONFLICT)', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.ADMIN]);
      const leave = await team.owner.client.gql(REMOVE, { membershipId: team.owner.membershipId });
      expect(errorCodes(leave.errors)).toEqual(['CONFLICT']);
      expect(leave.errors?.[0]?.message).toBe('An organisation needs at least one owner.');
      const removal = await team
        .withRole(MembershipRole.ADMIN)
        .client.gql(REMOVE, { membershipId: team.owner.membershipId });
      expect(errorCodes(removal.errors)).toEqual(['FORBIDDEN']);
      expect(await roleIn(team.owner.membershipId)).toBe('OWNER');
    });

    it('answers NOT_FOUND to outsiders and for unknown or malformed ids', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.MEMBER], {
        verifiedBy: platformAdmin.client,
      });
      const outsider = await signUpPerson(t);
      for (const [client, membershipId] of [
        [outsider.client, team.member(0).membershipId],
        [platformAdmin.client, team.owner.membershipId],
        [team.owner.client, randomUUID()],
        [team.owner.client, '42'],
      ] as const) {
        const result = await client.gql(REMOVE, { membershipId });
        expect(errorCodes(result.errors)).toEqual(['NOT_FOUND']);
      }
      expect(await roleIn(team.member(0).membershipId)).toBe('MEMBER');
    });
  });

  describe('concurrent changes never leave an organisation without an OWNER', () => {
    // Without the row lock both requests would read "two owners" and both would succeed.
    it('two OWNERs stepping down at the same moment: exactly one succeeds, the other gets CONFLICT', async () => {
      for (let round = 0; round < 5; round++) {
        const team = await organizationWithMembers(t, [MembershipRole.OWNER]);
        const [a, b] = [team.owner, team.member(0)];
        const results = await Promise.all([
          a.client.gql(CHANGE_ROLE, { membershipId: a.membershipId, role: 'ADMIN' }),
          b.client.gql(CHANGE_ROLE, { membershipId: b.membershipId, role: 'ADMIN' }),
        ]);
        expect(results.map((result) => errorCodes(result.errors)[0] ?? 'OK').sort()).toEqual([
          'CONFLICT',
          'OK',
        ]);
        expect(await ownersOf(team.organization.id)).toBe(1);
      }
    });

    it('two OWNERs demoting each other at the same moment: exactly one succeeds', async () => {
      for (let round = 0; round < 5; round++) {
        const team = await organizationWithMembers(t, [MembershipRole.OWNER]);
        const [a, b] = [team.owner, team.member(0)];
        const results = await Promise.all([
          a.client.gql(CHANGE_ROLE, { membershipId: b.membershipId, role: 'MEMBER' }),
          b.client.gql(CHANGE_ROLE, { membershipId: a.membershipId, role: 'MEMBER' }),
        ]);
        // The loser is no longer an OWNER when its turn comes, so it may not touch an OWNER.
        expect(results.map((result) => errorCodes(result.errors)[0] ?? 'OK').sort()).toEqual([
          'FORBIDDEN',
          'OK',
        ]);
        expect(await ownersOf(team.organization.id)).toBe(1);
      }
    });

    it('two OWNERs leaving at the same moment: exactly one leaves', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.OWNER]);
      const [a, b] = [team.owner, team.member(0)];
      const results = await Promise.all([
        a.client.gql(REMOVE, { membershipId: a.membershipId }),
        b.client.gql(REMOVE, { membershipId: b.membershipId }),
      ]);
      expect(results.map((result) => errorCodes(result.errors)[0] ?? 'OK').sort()).toEqual([
        'CONFLICT',
        'OK',
      ]);
      expect(await ownersOf(team.organization.id)).toBe(1);
    });
  });
});
