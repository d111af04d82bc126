import { MembershipRole, roleAtLeast } from '@ecw/domain';
import { type EntityManager } from 'typeorm';
import { type PolicySubject } from '../policy-subject.js';

/**
 * Relationships (a bilateral channel between two organisations): the rule and the same rule as
 * SQL, side by side (agreement tested in test/integration/policy/planning-policy.spec.ts). Members
 * of the two organisations see a relationship and everything in it; no one else, not even platform
 * admins (the registry is the two sides' own data).
 */
export type RelationshipAction = 'relationship.read' | 'relationship.accept' | 'relationship.end';

/** The subject's standing in a relationship: its role on each side (null when not a member there). */
export interface RelationshipFacts {
  proposerOrganizationId: string;
  recipientOrganizationId: string;
  proposerRole: MembershipRole | null;
  recipientRole: MembershipRole | null;
}

export interface RelationshipResource {
  kind: 'relationship';
  id: string;
  facts: RelationshipFacts;
}

export function relationshipRule(
  _subject: PolicySubject,
  action: RelationshipAction,
  facts: RelationshipFacts,
): boolean {
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

/** The subject's role on one side of the relationship (null when that organisation is not one of its two). */
export function roleOnSide(facts: RelationshipFacts, organizationId: string): MembershipRole | null {
  if (organizationId === facts.proposerOrganizationId) return facts.proposerRole;
  if (organizationId === facts.recipientOrganizationId) return facts.recipientRole;
  return null;
}

/** `relationship.read` as SQL over the relationships table `alias`; must agree with `relationshipRule`. */
export function relationshipScopeSql(
  alias: string,
  subject: PolicySubject,
): { sql: string; params: Record<string, unknown> } {
  return {
    sql: `EXISTS (SELECT 1 FROM memberships rm WHERE rm.user_id = :policyViewerId
                  AND rm.organization_id IN (${alias}.proposer_organization_id, ${alias}.recipient_organization_id))`,
    params: { policyViewerId: subject.userId },
  };
}

/** The SQL expression of the subject's role in organisation `column`; the caller binds `subject` (the user id). */
export function subjectRoleSql(column: string, subject = ':policyViewerId'): string {
  return `(SELECT vr.role FROM memberships vr WHERE vr.user_id = ${subject} AND vr.organization_id = ${column})`;
}

/** The facts of one relationship for a subject, in one query; null when it does not exist. */
export async function loadRelationshipFacts(
  manager: EntityManager,
  subject: PolicySubject,
  relationshipId: string,
): Promise<RelationshipFacts | null> {
  const rows: {
    proposer: string;
    recipient: string;
    proposer_role: MembershipRole | null;
    recipient_role: MembershipRole | null;
  }[] = await manager.query(
    `SELECT r.proposer_organization_id AS proposer, r.recipient_organization_id AS recipient,
            (SELECT role FROM memberships WHERE user_id = $2 AND organization_id = r.proposer_organization_id) AS proposer_role,
            (SELECT role FROM memberships WHERE user_id = $2 AND organization_id = r.recipient_organization_id) AS recipient_role
       FROM relationships r WHERE r.id = $1`,
    [relationshipId, subject.userId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    proposerOrganizationId: row.proposer,
    recipientOrganizationId: row.recipient,
    proposerRole: row.proposer_role,
    recipientRole: row.recipient_role,
  };
}

export function relationshipResource(id: string, facts: RelationshipFacts): RelationshipResource {
  return { kind: 'relationship', id, facts };
}
