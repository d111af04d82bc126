import { BriefStatus, ConsultationStatus, MembershipRole, roleAtLeast } from '@ecw/domain';

/** What the page knows about a brief to decide what its own organisation may do with it. */
export interface BriefFacts {
  status: BriefStatus;
  /** Null where the attribution rule hides the organisation, which is never the viewer's own. */
  submitter: { viewerRole: MembershipRole | null } | null;
}

/** What the viewer may do with a brief; each is a link or button, shown only when the API would allow it. */
export interface BriefActions {
  /** Change a submitted brief (the convenor sees each change as an update). */
  edit: boolean;
  /** Reopen a draft in the editor, to finish and submit it. */
  continueDraft: boolean;
  /** Take a submitted brief back; it cannot be undone. */
  withdraw: boolean;
}

// The API's rules (apps/api/src/consultations/brief.service.ts and the brief.edit policy): only a
// MEMBER or above of the writing organisation acts; a brief changes while the consultation is a
// draft or open and until it is withdrawn; a brief may be withdrawn at any time, even once answered.
const CHANGEABLE_IN = [ConsultationStatus.DRAFT, ConsultationStatus.OPEN];
const SUBMITTED = [BriefStatus.SUBMITTED, BriefStatus.ACKNOWLEDGED, BriefStatus.RESPONDED];

export function briefActions(brief: BriefFacts, consultationStatus: ConsultationStatus): BriefActions {
  const writes = roleAtLeast(brief.submitter?.viewerRole, MembershipRole.MEMBER);
  const changeable = writes && CHANGEABLE_IN.includes(consultationStatus);
  return {
    edit: changeable && SUBMITTED.includes(brief.status),
    continueDraft: changeable && brief.status === BriefStatus.DRAFT,
    withdraw: writes && SUBMITTED.includes(brief.status),
  };
}
