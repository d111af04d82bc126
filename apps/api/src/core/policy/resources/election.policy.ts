import { MembershipRole, roleAtLeast } from '@ecw/domain';
import { type PolicySubject } from '../policy-subject.js';

/**
 * Elections with their milestones and blackout windows are the public calendar everyone plans
 * around: every signed-in account reads them (so their scope is everything). The authority owns
 * the timeline; an election without one is kept by whoever created it; only the authority knows
 * when it has no capacity to engage (blackout windows).
 */
export type ElectionAction = 'election.read' | 'timeline.edit' | 'blackoutWindows.set';

export interface ElectionFacts {
  authorityOrganizationId: string | null;
  createdBy: string | null;
  /** The subject's role in the election's authority, null when none or not a member. */
  authorityRole: MembershipRole | null;
}

export interface ElectionResource {
  kind: 'election';
  id: string;
  facts: ElectionFacts;
}

export function electionRule(subject: PolicySubject, action: ElectionAction, facts: ElectionFacts): boolean {
  switch (action) {
    case 'election.read':
      return true;
    case 'timeline.edit':
      if (facts.authorityOrganizationId) return roleAtLeast(facts.authorityRole, MembershipRole.MEMBER);
      return facts.createdBy === subject.userId;
    case 'blackoutWindows.set':
      return (
        facts.authorityOrganizationId !== null && roleAtLeast(facts.authorityRole, MembershipRole.MEMBER)
      );
  }
}

/** Roles that write (VIEWER reads only, everywhere in the product). */
const WRITING_ROLES = [MembershipRole.OWNER, MembershipRole.ADMIN, MembershipRole.MEMBER] as const;

/**
 * Who may create an election (it has no resource yet): MEMBER or above of some verified
 * organisation. One row with `allowed`.
 */
export function electionCreatorSql(subject: PolicySubject): { sql: string; params: unknown[] } {
  return {
    sql: `SELECT EXISTS (
            SELECT 1 FROM memberships m JOIN organizations o ON o.id = m.organization_id
            WHERE m.user_id = $1 AND o.verified_at IS NOT NULL AND m.role = ANY($2::text[])) AS allowed`,
    params: [subject.userId, [...WRITING_ROLES]],
  };
}

export function electionResource(id: string, facts: ElectionFacts): ElectionResource {
  return { kind: 'election', id, facts };
}
