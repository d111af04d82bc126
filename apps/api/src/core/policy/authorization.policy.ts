import { MembershipRole, roleAtLeast } from '@ecw/domain';
import { type Viewer } from '../auth/viewer.js';

/**
 * The one authorization policy. Every resolver and subscription asks it; services combine it with
 * the facts they load (the viewer's role in an organisation, whether that organisation is verified).
 * Rules here are pure so they can be read and tested in one place.
 */
export type OrganizationAction =
  | 'organization.read'
  | 'organization.update'
  | 'organization.verify'
  | 'members.read'
  | 'members.invite'
  | 'members.changeRole'
  | 'members.remove'
  | 'auditLog.read';

export interface OrganizationFacts {
  verified: boolean;
  /** The viewer's role in the organisation, null when not a member. */
  viewerRole: MembershipRole | null;
}

export function allows(viewer: Viewer, action: OrganizationAction, facts: OrganizationFacts): boolean {
  switch (action) {
    case 'organization.read':
      return canSeeOrganization(viewer, facts);
    case 'organization.verify':
      return viewer.isPlatformAdmin;
    case 'members.read':
      return facts.viewerRole !== null;
    case 'organization.update':
    case 'members.invite':
    case 'members.changeRole':
    case 'members.remove':
    case 'auditLog.read':
      return roleAtLeast(facts.viewerRole, MembershipRole.ADMIN);
  }
}

/** Verified organisations are public to signed-in users; unverified ones only to members and platform admins. */
export function canSeeOrganization(viewer: Viewer, facts: OrganizationFacts): boolean {
  return facts.verified || facts.viewerRole !== null || viewer.isPlatformAdmin;
}

/** Only an OWNER grants OWNER, or changes an OWNER's role. */
export function canAssignRole(actorRole: MembershipRole | null, from: MembershipRole | null, to: MembershipRole): boolean {
  if (!roleAtLeast(actorRole, MembershipRole.ADMIN)) return false;
  if (to === MembershipRole.OWNER || from === MembershipRole.OWNER) return actorRole === MembershipRole.OWNER;
  return true;
}

/** VIEWER reads, never writes, anywhere in the product. */
export function canWrite(role: MembershipRole | null): boolean {
  return roleAtLeast(role, MembershipRole.MEMBER);
}

/**
 * The same visibility rule as `canSeeOrganization`, as SQL, so lists are scoped in the query
 * (never fetched and then filtered). `alias` is the organizations table alias.
 */
export function visibleOrganizationsSql(alias: string, viewer: Viewer): { sql: string; params: Record<string, unknown> } {
  if (viewer.isPlatformAdmin) return { sql: 'TRUE', params: {} };
  return {
    sql: `(${alias}.verified_at IS NOT NULL OR EXISTS (SELECT 1 FROM memberships vm WHERE vm.organization_id = ${alias}.id AND vm.user_id = :policyViewerId))`,
    params: { policyViewerId: viewer.userId },
  };
}
