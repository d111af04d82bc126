import { randomUUID } from 'node:crypto';
import { MembershipRole } from '@ecw/domain';
import { AccountFactory } from '../../factories/account.factory.js';
import {
  organizationWithMembers,
  signUpPerson,
  type Person,
  type Team,
} from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes } from '../../support/test-client.js';

const AUDIT_LOG = `query ($organizationId: ID!, $first: Int, $after: String) {
  auditLog(organizationId: $organizationId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id at action targetType targetId actor { id displayName } organization { id name } } }
  }
}`;

interface AuditNode {
  id: string;
  at: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  actor: { id: string; displayName: string } | null;
  organization: { id: string; name: string } | null;
}
interface AuditPage {
  auditLog: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: AuditNode }[];
  };
}

describe('auditLog: an organisation’s own events, for its OWNERs and ADMINs', () => {
  let t: TestApi;
  let platformAdmin: Person;
  let team: Team;

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t); // the first account of a database is a platform admin
    team = await organizationWithMembers(
      t,
      [MembershipRole.ADMIN, MembershipRole.MEMBER, MembershipRole.VIEWER],
      { verifiedBy: platformAdmin.client },
    );
    await team.owner.client.ok(
      `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
      {
        input: { id: team.organization.id, website: 'https://renamed.example' },
      },
    );
    // Another organisation's events must never show up here.
    await organizationWithMembers(t, [MembershipRole.MEMBER]);
  });
  afterAll(() => t.close());

  async function allPages(reader: Person, first: number): Promise<{ nodes: AuditNode[]; totals: number[] }> {
    const nodes: AuditNode[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    do {
      const data: AuditPage = await reader.client.ok<AuditPage>(AUDIT_LOG, {
        organizationId: team.organization.id,
        first,
        after,
      });
      nodes.push(...data.auditLog.edges.map((edge) => edge.node));
      totals.push(data.auditLog.totalCount);
      after = data.auditLog.pageInfo.hasNextPage ? data.auditLog.pageInfo.endCursor : null;
    } while (after);
    return { nodes, totals };
  }

  it.each([MembershipRole.OWNER, MembershipRole.ADMIN])(
    'shows an %s every event of the organisation, newest first, with actors',
    async (role) => {
      const { nodes } = await allPages(team.withRole(role), 100);
      const expected: { id: string; action: string; actor_id: string | null }[] = await t.db.query(
        'SELECT id, action, actor_id FROM audit_events WHERE organization_id = $1 ORDER BY at DESC, id DESC',
        [team.organization.id],
      );
      expect(
        nodes.map((node) => ({ id: node.id, action: node.action, actor_id: node.actor?.id ?? null })),
      ).toEqual(expected);
      expect(nodes.map((node) => node.action)).toEqual([
        'organization.updated',
        'organization.verified',
        'member.joined',
        'member.invited',
        'member.joined',
        'member.invited',
        'member.joined',
        'member.invited',
        'organization.created',
      ]);
      expect(nodes.every((node) => node.organization?.id === team.organization.id)).toBe(true);
      expect(nodes.at(-1)).toMatchObject({
        targetType: 'organization',
        targetId: team.organization.id,
        actor: { id: team.owner.userId, displayName: team.owner.displayName },
      });
      expect(nodes[1]?.actor).toEqual({ id: platformAdmin.userId, displayName: platformAdmin.displayName });
    },
  );

  it('pages with keyset cursors on (at, id): every event exactly once, in the same order', async () => {
    const whole = await allPages(team.owner, 100);
    const paged = await allPages(team.owner, 2);
    expect(paged.nodes.map((node) => node.id)).toEqual(whole.nodes.map((node) => node.id));
    expect(new Set(paged.totals)).toEqual(new Set([whole.nodes.length]));
  });

  it('resumes after the cursor: an event recorded between pages lands before it, never on a later page', async () => {
    const first = await team.owner.client.ok<AuditPage>(AUDIT_LOG, {
      organizationId: team.organization.id,
      first: 3,
    });
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
    const second = await team.owner.client.ok<AuditPage>(AUDIT_LOG, {
      organizationId: team.organization.id,
      first: 100,
      after: first.auditLog.pageInfo.endCursor,
    });
    const seen = new Set(first.auditLog.edges.map((edge) => edge.node.id));
    expect(second.auditLog.edges.filter((edge) => seen.has(edge.node.id))).toEqual([]);
    expect(second.auditLog.edges.filter((edge) => edge.node.targetId === invited.inviteMember.id)).toEqual(
      [],
    );
    expect(second.auditLog.totalCount).toBe(first.auditLog.totalCount + 1);
  });

  it.each([MembershipRole.MEMBER, MembershipRole.VIEWER])(
    'refuses a %s with FORBIDDEN and no data',
    async (role) => {
      const result = await team
        .withRole(role)
        .client.gql<AuditPage>(AUDIT_LOG, { organizationId: team.organization.id });
      expect(errorCodes(result.errors)).toEqual(['FORBIDDEN']);
      expect(result.data).toBeNull();
    },
  );

  it('refuses an outsider and a platform admin who is not a member of a verified organisation with FORBIDDEN', async () => {
    const outsider = await signUpPerson(t);
    for (const reader of [outsider, platformAdmin]) {
      const result = await reader.client.gql(AUDIT_LOG, { organizationId: team.organization.id });
      expect(errorCodes(result.errors)).toEqual(['FORBIDDEN']);
      expect(result.data).toBeNull();
    }
  });

  it('answers NOT_FOUND for an unverified organisation of others, an unknown id and a malformed id', async () => {
    const hidden = await organizationWithMembers(t, []);
    const outsider = await signUpPerson(t);
    for (const organizationId of [hidden.organization.id, randomUUID(), "'; SELECT 1; --"]) {
      const result = await outsider.client.gql(AUDIT_LOG, { organizationId });
      expect(errorCodes(result.errors)).toEqual(['NOT_FOUND']);
      expect(result.data).toBeNull();
    }
  });

  it('refuses a forged cursor as a field error, and a signed-out caller', async () => {
    for (const after of [
      Buffer.from(JSON.stringify(['2025-01-01', randomUUID()])).toString('base64url'),
      'junk',
    ]) {
      const result = await team.owner.client.gql(AUDIT_LOG, { organizationId: team.organization.id, after });
      expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
        { field: 'after', message: expect.any(String) },
      ]);
    }
    const signedOut = await t.client().gql(AUDIT_LOG, { organizationId: team.organization.id });
    expect(errorCodes(signedOut.errors)).toEqual(['UNAUTHENTICATED']);
  });
});
