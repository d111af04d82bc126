import { MembershipRole, roleAtLeast } from '@ecw/domain';
import { type EntityManager } from 'typeorm';
import { type PolicySubject } from '../policy-subject.js';

/**
 * Organisations: the rule (`organizationRule`) and the same rule as SQL (`organizationScopeSql`),
 * side by side, so lists are scoped in the query and a test proves both say the same thing
 * (test/integration/policy/organization-policy.spec.ts).
 */
export type OrganizationAction =
  | 'organization.read'
  | 'organization.update'
  | 'organization.verify'
  | 'members.read'
  | 'members.invite'
  | 'members.changeRole'
  | 'members.remove'
  | 'auditLog.read'
  | 'consultations.convene';

export interface OrganizationFacts {
  verified: boolean;
  /** The subject's role in the organisation, null when not a member. */
  viewerRole: MembershipRole | null;
}

export interface OrganizationResource {
  kind: 'organization';
  id: string;
  facts: OrganizationFacts;
}

export function organizationRule(
  subject: PolicySubject,
  action: OrganizationAction,
  facts: OrganizationFacts,
): boolean {
  switch (action) {
    case 'organization.read':
      // Verified organisations are public to signed-in users; unverified ones only to members and platform admins.
      return facts.verified || facts.viewerRole !== null || subject.isPlatformAdmin;
    case 'organization.verify':
      return subject.isPlatformAdmin;
    case 'members.read':
      return facts.viewerRole !== null;
    case 'consultations.convene':
      return roleAtLeast(facts.viewerRole, MembershipRole.MEMBER);
    case 'organization.update':
    case 'members.invite':
    case 'members.changeRole':
    case 'members.remove':
    case 'auditLog.read':
      return roleAtLeast(facts.viewerRole, MembershipRole.ADMIN);
  }
}

/**
 * `organization.read` as SQL over the organizations table `alias`: the rows the subject may see.
 * Lists use it (never fetch-then-filter); it must agree with `organizationRule` row for row.
 */
export function organizationScopeSql(
  alias: string,
  subject: PolicySubject,
): { sql: string; params: Record<string, unknown> } {
  if (subject.isPlatformAdmin) return { sql: 'TRUE', params: {} };
  return {
    sql: `(${alias}.verified_at IS NOT NULL OR EXISTS (SELECT 1 FROM memberships vm WHERE vm.organization_id = ${alias}.id AND vm.user_id = :policyViewerId))`,
    params: { policyViewerId: subject.userId },
  };
}

/** The facts of one organisation for a subject, in one query; null when it does not exist. */
export async function loadOrganizationFacts(
  manager: EntityManager,
  subject: PolicySubject,
  organizationId: string,
): Promise<OrganizationFacts | null> {
  const rows: { verified: boolean; role: MembershipRole | null }[] = await manager.query(
    `SELECT o.verified_at IS NOT NULL AS verified, m.role
       FROM organizations o LEFT JOIN memberships m ON m.organization_id = o.id AND m.user_id = $2
      WHERE o.id = $1`,
    [organizationId, subject.userId],
  );
  const row = rows[0];
  return row ? { verified: row.verified, viewerRole: row.role } : null;
}

export function organizationResource(id: string, facts: OrganizationFacts): OrganizationResource {
  return { kind: 'organization', id, facts };
}
