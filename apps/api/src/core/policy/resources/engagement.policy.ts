import { MembershipRole, roleAtLeast } from '@ecw/domain';
import { type PolicySubject } from '../policy-subject.js';

/**
 * Engagements (briefings, drills, ...) are seen only by members of the organisations taking part,
 * and scheduled by a MEMBER or above of one of them. Rule and scope agree
 * (test/integration/policy/planning-policy.spec.ts).
 */
export type EngagementAction = 'engagement.read' | 'engagement.schedule';

export interface EngagementFacts {
  /** The subject's roles in the organisations taking part (those it is a member of). */
  takingPartRoles: readonly MembershipRole[];
}

export interface EngagementResource {
  kind: 'engagement';
  /** Empty for one being scheduled. */
  id: string;
  facts: EngagementFacts;
}

export function engagementRule(
  _subject: PolicySubject,
  action: EngagementAction,
  facts: EngagementFacts,
): boolean {
  switch (action) {
    case 'engagement.read':
      return facts.takingPartRoles.length > 0;
    case 'engagement.schedule':
      return facts.takingPartRoles.some((role) => roleAtLeast(role, MembershipRole.MEMBER));
  }
}

/** `engagement.read` as SQL over the engagements table `alias`. */
export function engagementScopeSql(
  alias: string,
  subject: PolicySubject,
): { sql: string; params: Record<string, unknown> } {
  return {
    sql: `EXISTS (SELECT 1 FROM engagement_organizations veo JOIN memberships vm ON vm.organization_id = veo.organization_id
                  WHERE veo.engagement_id = ${alias}.id AND vm.user_id = :policyViewerId)`,
    params: { policyViewerId: subject.userId },
  };
}

export function engagementResource(id: string, facts: EngagementFacts): EngagementResource {
  return { kind: 'engagement', id, facts };
}
