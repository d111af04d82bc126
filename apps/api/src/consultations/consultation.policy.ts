import {
  AttributionRule,
  BriefStatus,
  BriefVisibility,
  ConsultationStatus,
  MembershipRole,
  roleAtLeast,
} from '@ecw/domain';
import { type Viewer } from '../core/auth/viewer.js';
import { type Bind } from './sql-params.js';

/**
 * Who may do what in a consultation, and the same rules as SQL scopes, side by side. Written to
 * move as-is to core/policy/resources/consultation.policy.ts once the shared policy lands.
 */
export interface ConsultationFacts {
  convenorOrganizationId: string;
  status: ConsultationStatus;
  attributionRule: AttributionRule;
  briefVisibility: BriefVisibility;
  /** The viewer's role in the convening organisation, null when not a member. */
  convenorRole: MembershipRole | null;
  /** The viewer's role in each invited organisation it belongs to. */
  participantRoles: ReadonlyMap<string, MembershipRole>;
}

/** What the policy needs to know about a brief. */
export interface BriefFacts {
  organizationId: string;
  status: BriefStatus;
  submittedAt: Date | null;
}

/** Members of the convenor and of invited organisations see a consultation; anyone else does not know it exists. */
export function canReadConsultation(f: ConsultationFacts): boolean {
  return f.convenorRole !== null || f.participantRoles.size > 0;
}

/** Creating, inviting, opening, closing, publishing the outcome: MEMBER or above of the convenor. */
export function canManageConsultation(f: ConsultationFacts): boolean {
  return roleAtLeast(f.convenorRole, MembershipRole.MEMBER);
}

export function canConvene(convenorRole: MembershipRole | null): boolean {
  return roleAtLeast(convenorRole, MembershipRole.MEMBER);
}

/** The invited organisations the viewer may write briefs for (MEMBER or above). */
function writableParticipants(f: ConsultationFacts): string[] {
  return [...f.participantRoles]
    .filter(([, role]) => roleAtLeast(role, MembershipRole.MEMBER))
    .map(([id]) => id);
}

export function viewerCanSubmit(f: ConsultationFacts): boolean {
  return f.status === ConsultationStatus.OPEN && writableParticipants(f).length > 0;
}

/** The viewer belongs to the organisation that wrote something (and so may know who wrote it). */
function isAuthorOrganization(f: ConsultationFacts, organizationId: string): boolean {
  return (
    f.participantRoles.has(organizationId) ||
    (organizationId === f.convenorOrganizationId && f.convenorRole !== null)
  );
}

/** Names travel with a brief or comment only under ATTRIBUTED, or to the author's own organisation. */
export function mayAttribute(f: ConsultationFacts, authorOrganizationId: string): boolean {
  return f.attributionRule === AttributionRule.ATTRIBUTED || isAuthorOrganization(f, authorOrganizationId);
}

/**
 * Drafts: only the writing organisation. Submitted (ever): the convenor too, withdrawn ones included.
 * Other participants: submitted and not withdrawn, only when briefs are visible to all participants.
 */
export function canSeeBrief(f: ConsultationFacts, brief: BriefFacts): boolean {
  if (f.participantRoles.has(brief.organizationId)) return true;
  if (brief.submittedAt === null) return false;
  if (f.convenorRole !== null) return true;
  return (
    f.briefVisibility === BriefVisibility.ALL_PARTICIPANTS &&
    f.participantRoles.size > 0 &&
    brief.status !== BriefStatus.WITHDRAWN
  );
}

/** `canSeeBrief` as SQL over a context_briefs alias, for a consultation whose facts are known. */
export function visibleBriefsSql(alias: string, f: ConsultationFacts, bind: Bind): string {
  const own = [...f.participantRoles.keys()];
  const others =
    f.convenorRole !== null
      ? `${alias}.submitted_at IS NOT NULL`
      : f.briefVisibility === BriefVisibility.ALL_PARTICIPANTS && own.length > 0
        ? `(${alias}.submitted_at IS NOT NULL AND ${alias}.status <> 'WITHDRAWN')`
        : 'FALSE';
  return `(${alias}.organization_id = ANY(${bind(own)}::uuid[]) OR ${others})`;
}

/** Editing, submitting, withdrawing: MEMBER or above of the writing organisation. */
export function canEditBrief(f: ConsultationFacts, brief: BriefFacts): boolean {
  return roleAtLeast(f.participantRoles.get(brief.organizationId) ?? null, MembershipRole.MEMBER);
}

/** Acknowledging and responding: the convenor, never the brief's own organisation. */
export function canAnswerBrief(f: ConsultationFacts, brief: BriefFacts): boolean {
  return canManageConsultation(f) && !f.participantRoles.has(brief.organizationId);
}

/**
 * The organisation a viewer comments for, or null when it may not comment: the brief's organisation,
 * else the convenor, else (ALL_PARTICIPANTS) another invited organisation. MEMBER or above.
 */
export function commentingOrganization(f: ConsultationFacts, brief: BriefFacts): string | null {
  if (!canSeeBrief(f, brief)) return null;
  if (canEditBrief(f, brief)) return brief.organizationId;
  if (canManageConsultation(f)) return f.convenorOrganizationId;
  if (f.briefVisibility !== BriefVisibility.ALL_PARTICIPANTS) return null;
  return writableParticipants(f)[0] ?? null;
}

/**
 * Who sees which invited organisations, as SQL over a consultation_participants alias for several
 * consultations at once: the convenor's members see all of them, anyone else only its own.
 */
export function visibleParticipantsSql(
  alias: string,
  convenedIds: string[],
  viewer: Viewer,
  bind: Bind,
): string {
  return `(${alias}.consultation_id = ANY(${bind(convenedIds)}::uuid[]) OR EXISTS (SELECT 1 FROM memberships pm
    WHERE pm.organization_id = ${alias}.organization_id AND pm.user_id = ${bind(viewer.userId)}::uuid))`;
}

/** `canReadConsultation` as SQL over a consultations alias. */
export function visibleConsultationsSql(alias: string, viewer: Viewer, bind: Bind): string {
  return `EXISTS (SELECT 1 FROM memberships vm WHERE vm.user_id = ${bind(viewer.userId)}::uuid
    AND (vm.organization_id = ${alias}.convenor_organization_id OR EXISTS (SELECT 1 FROM consultation_participants vp
      WHERE vp.consultation_id = ${alias}.id AND vp.organization_id = vm.organization_id)))`;
}
