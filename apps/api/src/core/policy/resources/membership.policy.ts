import { MembershipRole, roleAtLeast } from '@ecw/domain';
import { type PolicySubject } from '../policy-subject.js';
import { type OrganizationFacts } from './organization.policy.js';

/**
 * One membership of an organisation, for changes to it. Only an OWNER grants OWNER or touches an
 * OWNER's membership; anyone may end their own membership (leaving). Listing memberships is the
 * organisation's `members.read`, so there is no SQL scope here. "The last owner stays" is a
 * consistency rule of the organisations feature, not an access rule.
 */
export type MembershipAction = 'membership.changeRole' | 'membership.remove';

export interface MembershipResource {
  kind: 'membership';
  organization: OrganizationFacts;
  member: { userId: string; role: MembershipRole };
  /** For `membership.changeRole`: the role asked for. */
  newRole?: MembershipRole;
}

export function membershipRule(
  subject: PolicySubject,
  action: MembershipAction,
  resource: MembershipResource,
): boolean {
  const actorRole = resource.organization.viewerRole;
  switch (action) {
    case 'membership.remove':
      if (resource.member.userId === subject.userId) return true;
      if (!roleAtLeast(actorRole, MembershipRole.ADMIN)) return false;
      return resource.member.role !== MembershipRole.OWNER || actorRole === MembershipRole.OWNER;
    case 'membership.changeRole':
      return canAssignRole(actorRole, resource.member.role, resource.newRole ?? resource.member.role);
  }
}

/** Only an OWNER grants OWNER, or changes an OWNER's role. `from` is null for an invitation. */
export function canAssignRole(
  actorRole: MembershipRole | null,
  from: MembershipRole | null,
  to: MembershipRole,
): boolean {
  if (!roleAtLeast(actorRole, MembershipRole.ADMIN)) return false;
  if (to === MembershipRole.OWNER || from === MembershipRole.OWNER) return actorRole === MembershipRole.OWNER;
  return true;
}
