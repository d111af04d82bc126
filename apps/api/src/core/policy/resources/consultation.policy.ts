import {
  AttributionRule,
  type BriefVisibility,
  ConsultationStatus,
  MembershipRole,
  roleAtLeast,
} from '@ecw/domain';
import { type EntityManager } from 'typeorm';
import { type PolicySubject } from '../policy-subject.js';
import { type Bind } from '../sql-bind.js';

/**
 * Consultations: who sees one and who runs it, as a rule (`consultationRule`) and as SQL
 * (`consultationScopeSql`, `participantScopeSql`), side by side; test/integration/policy/
 * consultation-policy.spec.ts proves they agree on PostgreSQL.
 */
export type ConsultationAction = 'consultation.read' | 'consultation.manage' | 'consultation.submit';

export interface ConsultationFacts {
  convenorOrganizationId: string;
  status: ConsultationStatus;
  attributionRule: AttributionRule;
  briefVisibility: BriefVisibility;
  /** The subject's role in the convening organisation, null when not a member. */
  convenorRole: MembershipRole | null;
  /** The subject's role in each invited organisation it belongs to. */
  participantRoles: ReadonlyMap<string, MembershipRole>;
}

export interface ConsultationResource {
  kind: 'consultation';
  id: string;
  facts: ConsultationFacts;
}

export function consultationResource(id: string, facts: ConsultationFacts): ConsultationResource {
  return { kind: 'consultation', id, facts };
}

export function consultationRule(
  _subject: PolicySubject,
  action: ConsultationAction,
  facts: ConsultationFacts,
): boolean {
  switch (action) {
    case 'consultation.read':
      // Members of the convenor and of invited organisations; anyone else does not know it exists.
      return facts.convenorRole !== null || facts.participantRoles.size > 0;
    case 'consultation.manage':
      // Inviting, opening, closing, archiving, exporting, publishing the outcome, answering briefs.
      return roleAtLeast(facts.convenorRole, MembershipRole.MEMBER);
    case 'consultation.submit':
      return facts.status === ConsultationStatus.OPEN && writableParticipants(facts).length > 0;
  }
}

/** The invited organisations the subject may write briefs for (MEMBER or above). */
export function writableParticipants(facts: ConsultationFacts): string[] {
  return [...facts.participantRoles]
    .filter(([, role]) => roleAtLeast(role, MembershipRole.MEMBER))
    .map(([id]) => id);
}

/** The subject belongs to the organisation that wrote something (and so may know who wrote it). */
function isAuthorOrganization(facts: ConsultationFacts, organizationId: string): boolean {
  return (
    facts.participantRoles.has(organizationId) ||
    (organizationId === facts.convenorOrganizationId && facts.convenorRole !== null)
  );
}

/** Names travel with a brief or comment only under ATTRIBUTED, or to the author's own organisation. */
export function mayAttribute(facts: ConsultationFacts, authorOrganizationId: string): boolean {
  return (
    facts.attributionRule === AttributionRule.ATTRIBUTED || isAuthorOrganization(facts, authorOrganizationId)
  );
}

/**
 * When an unattributed brief or comment was written, as a viewer who may not know its author sees it:
 * to the hour (UTC). The minute of a submission can name its author to someone who knows when each
 * organisation was at work on it (a call that ended at 14:02, a brief at 14:05); the hour still
 * orders a discussion. Lists are ordered by the exact time in SQL, which shows order, not time.
 */
export function unattributedTime(at: Date): Date {
  const hour = new Date(at.getTime());
  hour.setUTCMinutes(0, 0, 0);
  return hour;
}

/** `consultation.read` as SQL over a consultations alias. */
export function consultationScopeSql(alias: string, subject: PolicySubject, bind: Bind): string {
  return `EXISTS (SELECT 1 FROM memberships vm WHERE vm.user_id = ${bind(subject.userId)}::uuid
    AND (vm.organization_id = ${alias}.convenor_organization_id OR EXISTS (SELECT 1 FROM consultation_participants vp
      WHERE vp.consultation_id = ${alias}.id AND vp.organization_id = vm.organization_id)))`;
}

/**
 * Which invited organisations the subject sees, as SQL over a consultation_participants alias of the
 * consultation whose row is in scope as `c`: the convenor's members (any role) see every one of
 * them, anyone else only its own.
 */
export function participantScopeSql(alias: string, subject: PolicySubject, bind: Bind): string {
  const viewer = bind(subject.userId);
  return `(EXISTS (SELECT 1 FROM memberships cm WHERE cm.organization_id = c.convenor_organization_id AND cm.user_id = ${viewer}::uuid)
    OR EXISTS (SELECT 1 FROM memberships pm WHERE pm.organization_id = ${alias}.organization_id AND pm.user_id = ${viewer}::uuid))`;
}

/** The subject's standing in a consultation's organisations, as SQL columns over a consultations alias `c`. */
export function consultationFactsColumns(subject: PolicySubject, bind: Bind): string {
  const viewer = bind(subject.userId);
  return `(SELECT m.role FROM memberships m WHERE m.organization_id = c.convenor_organization_id AND m.user_id = ${viewer}::uuid) AS "convenorRole",
      coalesce((SELECT json_object_agg(p.organization_id, m.role) FROM consultation_participants p
        JOIN memberships m ON m.organization_id = p.organization_id AND m.user_id = ${viewer}::uuid
        WHERE p.consultation_id = c.id), '{}'::json) AS "participantRoles"`;
}

/** The facts of a row selected with `consultationFactsColumns` and the consultation's own columns. */
export function consultationFactsOf(row: {
  convenorOrganizationId: string;
  status: ConsultationStatus;
  attributionRule: AttributionRule;
  briefVisibility: BriefVisibility;
  convenorRole: MembershipRole | null;
  participantRoles: Record<string, MembershipRole>;
}): ConsultationFacts {
  return {
    convenorOrganizationId: row.convenorOrganizationId,
    status: row.status,
    attributionRule: row.attributionRule,
    briefVisibility: row.briefVisibility,
    convenorRole: row.convenorRole,
    participantRoles: new Map(Object.entries(row.participantRoles)),
  };
}

/** The facts of one consultation for a subject, in one query; null when it does not exist. */
export async function loadConsultationFacts(
  manager: EntityManager,
  subject: PolicySubject,
  consultationId: string,
): Promise<ConsultationFacts | null> {
  const values: unknown[] = [consultationId];
  const bind: Bind = (value) => `$${values.push(value)}`;
  const rows: Parameters<typeof consultationFactsOf>[0][] = await manager.query(
    `SELECT c.convenor_organization_id AS "convenorOrganizationId", c.status, c.attribution_rule AS "attributionRule",
        c.brief_visibility AS "briefVisibility", ${consultationFactsColumns(subject, bind)}
       FROM consultations c WHERE c.id = $1`,
    values,
  );
  const row = rows[0];
  return row ? consultationFactsOf(row) : null;
}
