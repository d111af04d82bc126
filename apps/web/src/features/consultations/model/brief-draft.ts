import { BriefTopic, MembershipRole, RiskLevel } from '@ecw/domain';

/** What the editor holds; sent whole on each autosave (the API keeps Markdown as written). */
export interface BriefDraft {
  organizationId: string;
  title: string;
  summary: string;
  body: string;
  topics: BriefTopic[];
  regions: string[];
  languages: string[];
  riskLevel: RiskLevel;
  answers: Record<string, string>;
}

export const EMPTY_DRAFT: BriefDraft = {
  organizationId: '',
  title: '',
  summary: '',
  body: '',
  topics: [],
  regions: [],
  languages: [],
  riskLevel: RiskLevel.MEDIUM,
  answers: {},
};

/** A saved brief as the editor holds it, to carry on writing it. */
export function draftOf(brief: {
  submitter: { id: string } | null;
  title: string;
  summary: string;
  body: string;
  topics: BriefTopic[];
  regions: string[];
  languages: string[];
  riskLevel: RiskLevel;
  answers: { question: { id: string }; text: string }[];
}): BriefDraft {
  return {
    organizationId: brief.submitter?.id ?? '',
    title: brief.title,
    summary: brief.summary,
    body: brief.body,
    topics: brief.topics,
    regions: brief.regions,
    languages: brief.languages,
    riskLevel: brief.riskLevel,
    answers: Object.fromEntries(brief.answers.map((answer) => [answer.question.id, answer.text])),
  };
}

/** A draft is saved once it has what the API requires; until then nothing is sent. */
export function isSavable(draft: BriefDraft): boolean {
  return Boolean(
    draft.organizationId &&
    draft.title.trim() &&
    draft.summary.trim() &&
    draft.body.trim() &&
    draft.topics.length,
  );
}

/** The fields both createBrief and updateBrief take; empty answers are left out. */
export function briefFields(draft: BriefDraft) {
  return {
    title: draft.title,
    summary: draft.summary,
    body: draft.body,
    topics: draft.topics,
    regions: draft.regions,
    languages: draft.languages,
    riskLevel: draft.riskLevel,
    answers: Object.entries(draft.answers)
      .filter(([, text]) => text.trim())
      .map(([questionId, text]) => ({ questionId, text })),
  };
}

const WRITERS: (MembershipRole | null)[] = [
  MembershipRole.OWNER,
  MembershipRole.ADMIN,
  MembershipRole.MEMBER,
];

/** The invited organisations the viewer may write for. */
export function writableOrganizations<T extends { viewerRole: MembershipRole | null }>(
  participants: T[],
): T[] {
  return participants.filter((organization) => WRITERS.includes(organization.viewerRole));
}

/** The draft with its organisation: the chosen one, else the only one the viewer may write for. */
export function withOrganization(draft: BriefDraft, onlyOrganization: string | undefined): BriefDraft {
  return draft.organizationId || !onlyOrganization ? draft : { ...draft, organizationId: onlyOrganization };
}
