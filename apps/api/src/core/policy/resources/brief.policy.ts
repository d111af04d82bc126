import { BriefStatus, BriefVisibility, MembershipRole, roleAtLeast } from '@ecw/domain';
import { type EntityManager } from 'typeorm';
import { type PolicySubject } from '../policy-subject.js';
import { type Bind } from '../sql-bind.js';
import { type ConsultationFacts, consultationRule } from './consultation.policy.js';

/**
 * Context briefs: the rule (`briefRule`) and its SQL scope (`briefScopeSql`) side by side;
 * test/integration/policy/consultation-policy.spec.ts proves they agree on PostgreSQL.
 */
export type BriefAction = 'brief.read' | 'brief.edit' | 'brief.answer';

/** What the policy needs to know about a brief. */
export interface BriefFacts {
  organizationId: string;
  status: BriefStatus;
  submittedAt: Date | null;
}

/** A brief with its consultation's facts for the same subject: every brief rule depends on both. */
export interface BriefResource {
  kind: 'brief';
  id: string;
  consultation: ConsultationFacts;
  facts: BriefFacts;
}

export function briefResource(id: string, consultation: ConsultationFacts, facts: BriefFacts): BriefResource {
  return { kind: 'brief', id, consultation, facts };
}

export function briefRule(subject: PolicySubject, action: BriefAction, resource: BriefResource): boolean {
  const { consultation, facts } = resource;
  switch (action) {
    case 'brief.read':
      return canSeeBrief(consultation, facts);
    case 'brief.edit':
      // Editing, submitting, withdrawing: MEMBER or above of the writing organisation.
      return roleAtLeast(
        consultation.participantRoles.get(facts.organizationId) ?? null,
        MembershipRole.MEMBER,
      );
    case 'brief.answer':
      // Acknowledging and responding: the convenor, never the brief's own organisation.
      return (
        consultationRule(subject, 'consultation.manage', consultation) &&
        !consultation.participantRoles.has(facts.organizationId)
      );
  }
}

/**
 * Who lost sight of a withdrawn brief by its withdrawal: could read it while it was submitted, may not
 * now (other participants under ALL_PARTICIPANTS). They are told its id only, so their pages drop it.
 */
export function lostByWithdrawal(subject: PolicySubject, resource: BriefResource): boolean {
  const { facts } = resource;
  if (facts.status !== BriefStatus.WITHDRAWN || facts.submittedAt === null) return false;
  const whileSubmitted = { ...resource, facts: { ...facts, status: BriefStatus.SUBMITTED } };
  return briefRule(subject, 'brief.read', whileSubmitted) && !briefRule(subject, 'brief.read', resource);
}

/**
 * Drafts: only the writing organisation. Submitted (ever): the convenor too, withdrawn ones included.
 * Other participants: submitted and not withdrawn, only when briefs are visible to all participants.
 */
function canSeeBrief(consultation: ConsultationFacts, brief: BriefFacts): boolean {
  if (consultation.participantRoles.has(brief.organizationId)) return true;
  if (brief.submittedAt === null) return false;
  if (consultation.convenorRole !== null) return true;
  return (
    consultation.briefVisibility === BriefVisibility.ALL_PARTICIPANTS &&
    consultation.participantRoles.size > 0 &&
    brief.status !== BriefStatus.WITHDRAWN
  );
}

/** `brief.read` as SQL over a context_briefs alias, for one consultation whose facts are known. */
export function briefScopeSql(alias: string, consultation: ConsultationFacts, bind: Bind): string {
  const own = [...consultation.participantRoles.keys()];
  const others =
    consultation.convenorRole !== null
      ? `${alias}.submitted_at IS NOT NULL`
      : consultation.briefVisibility === BriefVisibility.ALL_PARTICIPANTS && own.length > 0
        ? `(${alias}.submitted_at IS NOT NULL AND ${alias}.status <> 'WITHDRAWN')`
        : 'FALSE';
  return `(${alias}.organization_id = ANY(${bind(own)}::uuid[]) OR ${others})`;
}

/** The facts of one brief, with its consultation's id; null when it does not exist. */
export async function loadBriefFacts(
  manager: EntityManager,
  briefId: string,
): Promise<(BriefFacts & { consultationId: string }) | null> {
  const rows: (BriefFacts & { consultationId: string })[] = await manager.query(
    `SELECT consultation_id AS "consultationId", organization_id AS "organizationId", status, submitted_at AS "submittedAt"
       FROM context_briefs WHERE id = $1`,
    [briefId],
  );
  return rows[0] ?? null;
}
