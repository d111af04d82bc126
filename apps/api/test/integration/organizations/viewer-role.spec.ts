import { MembershipRole } from '@ecw/domain';
import { AccountFactory } from '../../factories/account.factory.js';
import {
  addMember,
  organizationWithMembers,
  signUpPerson,
  type Member,
  type Team,
} from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes } from '../../support/test-client.js';

/** A VIEWER reads, never writes: every organisation mutation but leaving and accepting is FORBIDDEN. */
describe('the VIEWER role', () => {
  let t: TestApi;
  let team: Team;
  let viewer: Member;
  let invitationId: string;

  beforeAll(async () => {
    t = await startTestApi();
    const platformAdmin = await signUpPerson(t); // the first account of a database is a platform admin
    team = await organizationWithMembers(t, [MembershipRole.VIEWER, MembershipRole.MEMBER], {
      verifiedBy: platformAdmin.client,
    });
    viewer = team.withRole(MembershipRole.VIEWER);
    const invited = await team.owner.client.ok<{ inviteMember: { id: string } }>(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
      {
        input: {
          organizationId: team.organization.id,
          email: AccountFactory.create().build().email,
          role: 'MEMBER',
        },
      },
    );
    invitationId = invited.inviteMember.id;
  });
  afterAll(() => t.close());

  const refused: [string, string, () => Record<string, unknown>][] = [
    [
      'updateOrganization',
      `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
      () => ({ input: { id: team.organization.id, name: 'Viewer was here' } }),
    ],
    [
      'verifyOrganization',
      `mutation ($id: ID!) { verifyOrganization(id: $id) { id } }`,
      () => ({ id: team.organization.id }),
    ],
    [
      'inviteMember',
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
      () => ({
        input: {
          organizationId: team.organization.id,
          email: AccountFactory.create().build().email,
          role: 'VIEWER',
        },
      }),
    ],
    [
      'changeMemberRole (someone else)',
      `mutation ($id: ID!) { changeMemberRole(membershipId: $id, role: VIEWER) { id } }`,
      () => ({ id: team.withRole(MembershipRole.MEMBER).membershipId }),
    ],
    [
      'changeMemberRole (own)',
      `mutation ($id: ID!) { changeMemberRole(membershipId: $id, role: MEMBER) { id } }`,
      () => ({ id: viewer.membershipId }),
    ],
    [
      'removeMember (someone else)',
      `mutation ($id: ID!) { removeMember(membershipId: $id) }`,
      () => ({ id: team.withRole(MembershipRole.MEMBER).membershipId }),
    ],
    [
      'revokeInvitation',
      `mutation ($input: RevokeInvitationInput!) { revokeInvitation(input: $input) }`,
      () => ({ input: { id: invitationId } }),
    ],
    [
      'pendingInvitations',
      `query ($id: ID!) { pendingInvitations(organizationId: $id) { id } }`,
      () => ({ id: team.organization.id }),
    ],
    [
      'auditLog',
      `query ($id: ID!) { auditLog(organizationId: $id) { totalCount } }`,
      () => ({ id: team.organization.id }),
    ],
  ];

  it.each(refused)('is refused %s with FORBIDDEN', async (_operation, query, variables) => {
    const result = await viewer.client.gql(query, variables());
    expect(errorCodes(result.errors)).toEqual(['FORBIDDEN']);
  });

  it('changed nothing while refused', async () => {
    const rows = await t.db.query('SELECT role FROM memberships WHERE organization_id = $1 ORDER BY role', [
      team.organization.id,
    ]);
    expect(rows.map((row: { role: string }) => row.role)).toEqual(['MEMBER', 'OWNER', 'VIEWER']);
    const [invitation] = await t.db.query('SELECT revoked_at FROM invitations WHERE id = $1', [invitationId]);
    expect(invitation.revoked_at).toBeNull();
    const [organization] = await t.db.query('SELECT name FROM organizations WHERE id = $1', [
      team.organization.id,
    ]);
    expect(organization.name).toBe(team.organization.name);
  });

  it('reads the organisation and its members', async () => {
    const data = await viewer.client.ok<{
      organization: { viewerRole: string; members: { totalCount: number } };
    }>(`query ($id: ID!) { organization(id: $id) { viewerRole members { totalCount } } }`, {
      id: team.organization.id,
    });
    expect(data.organization).toEqual({ viewerRole: 'VIEWER', members: { totalCount: 3 } });
  });

  it('accepts an invitation to another organisation, and leaves one', async () => {
    const other = await organizationWithMembers(t, []);
    const joined = await addMember(
      t,
      other.organization.id,
      other.owner.client,
      MembershipRole.VIEWER,
      viewer,
    );
    expect(joined.role).toBe(MembershipRole.VIEWER);
    await viewer.client.ok(`mutation ($id: ID!) { removeMember(membershipId: $id) }`, {
      id: viewer.membershipId,
    });
    const rows = await t.db.query('SELECT organization_id FROM memberships WHERE user_id = $1', [
      viewer.userId,
    ]);
    expect(rows).toEqual([{ organization_id: other.organization.id }]);
  });
});
