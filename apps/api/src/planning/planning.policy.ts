import { MembershipRole, roleAtLeast } from '@ecw/domain';
import { type Viewer } from '../core/auth/viewer.js';

/**
 * The planning feature's rules and their SQL scopes side by side (to move to
 * core/policy/resources/ once the shared policy lands). Elections, milestones and blackout windows
 * are the public calendar: every signed-in account reads them.
 */

/** What the rules need to know about an election and the viewer's standing towards it. */
export interface TimelineFacts {
  authorityOrganizationId: string | null;
  createdBy: string | null;
  /** The viewer's role in the election's authority, null when none or not a member. */
  authorityRole: MembershipRole | null;
}

/** The authority owns the timeline; an election without one is kept by whoever created it. */
export function canEditTimeline(viewer: Viewer, facts: TimelineFacts): boolean {
  if (facts.authorityOrganizationId) return roleAtLeast(facts.authorityRole, MembershipRole.MEMBER);
  return facts.createdBy === viewer.userId;
}

/** Only the authority knows when it has no capacity to engage. */
export function canSetBlackoutWindow(facts: TimelineFacts): boolean {
  return facts.authorityOrganizationId !== null && roleAtLeast(facts.authorityRole, MembershipRole.MEMBER);
}

/** Roles that write (VIEWER reads only, everywhere in the product). */
const WRITING_ROLES = [MembershipRole.OWNER, MembershipRole.ADMIN, MembershipRole.MEMBER] as const;

/** Whether the viewer is MEMBER or above in some verified organisation (who may add an election). */
export function verifiedWriterSql(viewer: Viewer): { sql: string; params: unknown[] } {
  return {
    sql: `SELECT EXISTS (
            SELECT 1 FROM memberships m JOIN organizations o ON o.id = m.organization_id
            WHERE m.user_id = $1 AND o.verified_at IS NOT NULL AND m.role = ANY($2::text[])) AS allowed`,
    params: [viewer.userId, [...WRITING_ROLES]],
  };
}

/** Engagements the viewer may see: those one of its organisations takes part in. `alias` is engagements'. */
export function visibleEngagementsSql(
  alias: string,
  viewer: Viewer,
): { sql: string; params: Record<string, unknown> } {
  return {
    sql: `EXISTS (SELECT 1 FROM engagement_organizations veo JOIN memberships vm ON vm.organization_id = veo.organization_id
                  WHERE veo.engagement_id = ${alias}.id AND vm.user_id = :policyViewerId)`,
    params: { policyViewerId: viewer.userId },
  };
}

/** The viewer's standing in a relationship: its role on each side (null when not a member there). */
export interface RelationshipFacts {
  proposerOrganizationId: string;
  recipientOrganizationId: string;
  proposerRole: MembershipRole | null;
  recipientRole: MembershipRole | null;
}

export type RelationshipAction = 'relationship.read' | 'relationship.accept' | 'relationship.end';

/** Members of the two organisations see a relationship and everything in it; no one else, not even platform admins. */
export function allowsRelationship(action: RelationshipAction, facts: RelationshipFacts): boolean {
  switch (action) {
    case 'relationship.read':
      return facts.proposerRole !== null || facts.recipientRole !== null;
    case 'relationship.accept':
      return roleAtLeast(facts.recipientRole, MembershipRole.ADMIN);
    case 'relationship.end':
      return (
        roleAtLeast(facts.proposerRole, MembershipRole.ADMIN) ||
        roleAtLeast(facts.recipientRole, MembershipRole.ADMIN)
      );
  }
}

/** The viewer's role on one side of the relationship (null when that organisation is not one of its two). */
export function roleOnSide(facts: RelationshipFacts, organizationId: string): MembershipRole | null {
  if (organizationId === facts.proposerOrganizationId) return facts.proposerRole;
  if (organizationId === facts.recipientOrganizationId) return facts.recipientRole;
  return null;
}

/** Each side writes its own contact points, as MEMBER or above; reading needs only a membership on either side. */
export function canWriteContactsOf(facts: RelationshipFacts, organizationId: string): boolean {
  return roleAtLeast(roleOnSide(facts, organizationId), MembershipRole.MEMBER);
}

/** The same visibility as `relationship.read`, as SQL. `alias` is the relationships table alias. */
export function visibleRelationshipsSql(
  alias: string,
  viewer: Viewer,
): { sql: string; params: Record<string, unknown> } {
  return {
    sql: `EXISTS (SELECT 1 FROM memberships rm WHERE rm.user_id = :policyViewerId
                  AND rm.organization_id IN (${alias}.proposer_organization_id, ${alias}.recipient_organization_id))`,
    params: { policyViewerId: viewer.userId },
  };
}

/** The SQL expression of the viewer's role in organisation `column` (null when not a member). */
export function viewerRoleSql(column: string): string {
  return `(SELECT vr.role FROM memberships vr WHERE vr.user_id = :policyViewerId AND vr.organization_id = ${column})`;
}
