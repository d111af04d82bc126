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
export const WRITING_ROLES = [MembershipRole.OWNER, MembershipRole.ADMIN, MembershipRole.MEMBER] as const;

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
