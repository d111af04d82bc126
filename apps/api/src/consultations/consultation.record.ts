import {
  type AttributionRule,
  type BriefVisibility,
  ConsultationStatus,
  type MembershipRole,
} from '@ecw/domain';
import { type PolicySubject } from '../core/policy/policy-subject.js';
import {
  type ConsultationFacts,
  consultationFactsColumns,
  consultationFactsOf,
  participantScopeSql,
} from '../core/policy/resources/consultation.policy.js';
import { type Bind } from '../core/policy/sql-bind.js';
import { type OrganizationOutput } from '../organizations/dtos/organization.output.js';
import { type ConsultationQuestionOutput } from './dtos/consultation.output.js';
import {
  organizationColumns,
  organizationJson,
  organizationOf,
  organizationOfJson,
  type OrganizationJson,
} from './organization-columns.js';

/** A consultation as read for one viewer: its row, its convenor, and the facts the policy needs. */
export interface ConsultationRecord {
  id: string;
  electionId: string | null;
  title: string;
  description: string;
  countryCodes: string[];
  status: ConsultationStatus;
  attributionRule: AttributionRule;
  briefVisibility: BriefVisibility;
  opensAt: Date | null;
  closesAt: Date | null;
  outcomeSummary: string | null;
  outcomePublishedAt: Date | null;
  createdAt: Date;
  /** Exact text of created_at, for keyset cursors. */
  position: string;
  convenor: OrganizationOutput;
  participantCount: number;
  questions: ConsultationQuestionOutput[];
  /** The invited organisations the subject may see (`participantScopeSql`), by name. */
  participants: OrganizationOutput[];
  hasSubmittedBrief: boolean;
  /** Whom it was read for: `facts` are this subject's standing, and output built from it is for them. */
  subject: PolicySubject;
  facts: ConsultationFacts;
}

/** A consultation has at most this many invited organisations listed at once (the contract's list is not paginated). */
const PARTICIPANTS_MAX = 500;

/**
 * Columns of one consultation with the viewer's standing in it, its questions and the invited
 * organisations the viewer may see, in one statement: the page needs no other read for them.
 */
/**
 * Whether briefs can be submitted now: OPEN and before `closesAt`. The job that closes consultations
 * runs every 30 s; a submission after the deadline it has not written down yet is refused all the same.
 */
export function acceptsSubmissions(consultation: Pick<ConsultationRecord, 'status' | 'closesAt'>): boolean {
  return (
    consultation.status === ConsultationStatus.OPEN &&
    (consultation.closesAt === null || consultation.closesAt > new Date())
  );
}

export function consultationSelect(subject: PolicySubject, bind: Bind): string {
  return `SELECT c.id AS "id", c.election_id AS "electionId", c.title AS "title", c.description AS "description",
      c.country_codes AS "countryCodes", c.status AS "status", c.attribution_rule AS "attributionRule",
      c.brief_visibility AS "briefVisibility", c.opens_at AS "opensAt", c.closes_at AS "closesAt",
      c.outcome_summary AS "outcomeSummary", c.outcome_published_at AS "outcomePublishedAt", c.created_at AS "createdAt",
      to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "position",
      ${organizationColumns('o', 'convenor')},
      ${consultationFactsColumns(subject, bind)},
      (SELECT count(*)::int FROM consultation_participants p WHERE p.consultation_id = c.id) AS "participantCount",
      (SELECT coalesce(json_agg(json_build_object('id', q.id, 'prompt', q.prompt, 'position', q.position) ORDER BY q.position), '[]')
         FROM consultation_questions q WHERE q.consultation_id = c.id) AS "questions",
      (SELECT coalesce(json_agg(json_build_object(${organizationJson('listed')}) ORDER BY lower(listed.name), listed.id), '[]')
         FROM (SELECT po.* FROM consultation_participants p JOIN organizations po ON po.id = p.organization_id
                WHERE p.consultation_id = c.id AND ${participantScopeSql('p', subject, bind)}
                ORDER BY lower(po.name), po.id LIMIT ${PARTICIPANTS_MAX}) listed) AS "participants",
      EXISTS (SELECT 1 FROM context_briefs b WHERE b.consultation_id = c.id AND b.submitted_at IS NOT NULL) AS "hasSubmittedBrief"
    FROM consultations c JOIN organizations o ON o.id = c.convenor_organization_id`;
}

type Row = Omit<ConsultationRecord, 'convenor' | 'facts' | 'participants'> & {
  participants: OrganizationJson[];
  convenorRole: MembershipRole | null;
  participantRoles: Record<string, MembershipRole>;
} & Record<string, unknown>;

export function toConsultationRecord(
  raw: Record<string, unknown>,
  subject: PolicySubject,
): ConsultationRecord {
  const row = raw as Row;
  return {
    id: row.id,
    electionId: row.electionId,
    title: row.title,
    description: row.description,
    countryCodes: row.countryCodes,
    status: row.status,
    attributionRule: row.attributionRule,
    briefVisibility: row.briefVisibility,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    outcomeSummary: row.outcomeSummary,
    outcomePublishedAt: row.outcomePublishedAt,
    createdAt: row.createdAt,
    position: row.position,
    convenor: organizationOf(row, 'convenor'),
    participantCount: row.participantCount,
    questions: row.questions,
    participants: row.participants.map(organizationOfJson),
    hasSubmittedBrief: row.hasSubmittedBrief,
    subject,
    facts: consultationFactsOf({ ...row, convenorOrganizationId: row['convenorId'] as string }),
  };
}
