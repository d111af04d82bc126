import { MembershipRole, roleAtLeast } from '@ecw/domain';
import { type PolicySubject } from '../policy-subject.js';
import {
  relationshipRule,
  relationshipScopeSql,
  roleOnSide,
  type RelationshipFacts,
} from './relationship.policy.js';

/**
 * Contact points of a relationship's registry. Both sides read both sides (the relationship's own
 * read rule, so the scope is the relationship's); each side writes only its own contacts, as MEMBER
 * or above (VIEWER reads only); erasing personal data is for OWNER/ADMIN of the owning side.
 */
export type ContactPointAction = 'contactPoint.read' | 'contactPoint.write' | 'contactPoint.erase';

export interface ContactPointFacts {
  relationship: RelationshipFacts;
  /** The side the contact belongs to (or, for a new one, is added to). */
  organizationId: string;
}

export interface ContactPointResource {
  kind: 'contactPoint';
  /** The contact's id; empty for one not created yet. */
  id: string;
  facts: ContactPointFacts;
}

export function contactPointRule(
  subject: PolicySubject,
  action: ContactPointAction,
  facts: ContactPointFacts,
): boolean {
  const side = roleOnSide(facts.relationship, facts.organizationId);
  switch (action) {
    case 'contactPoint.read':
      return relationshipRule(subject, 'relationship.read', facts.relationship);
    case 'contactPoint.write':
      return roleAtLeast(side, MembershipRole.MEMBER);
    case 'contactPoint.erase':
      return roleAtLeast(side, MembershipRole.ADMIN);
  }
}

/** `contactPoint.read` as SQL over the contact_points table `alias`: the rows of relationships the subject sees. */
export function contactPointScopeSql(
  alias: string,
  subject: PolicySubject,
): { sql: string; params: Record<string, unknown> } {
  const relationship = relationshipScopeSql('cr', subject);
  return {
    sql: `EXISTS (SELECT 1 FROM relationships cr WHERE cr.id = ${alias}.relationship_id AND ${relationship.sql})`,
    params: relationship.params,
  };
}

export function contactPointResource(id: string, facts: ContactPointFacts): ContactPointResource {
  return { kind: 'contactPoint', id, facts };
}
