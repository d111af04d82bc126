import {
  AttributionRule,
  BriefVisibility,
  ConsultationStatus,
  MembershipRole,
  roleAtLeast,
} from '@ecw/domain';
import { instantInZone } from '../../planning/timeline/zoned-time';

/** What the new-consultation form holds; times are wall-clock in the viewer's time zone. */
export interface ConsultationFormValues {
  convenorOrganizationId: string | null;
  title: string;
  description: string;
  electionId: string | null;
  countryCodes: string[];
  attributionRule: AttributionRule;
  briefVisibility: BriefVisibility;
  opensAt: string;
  closesAt: string;
  questions: string[];
}

/** Chatham House and convenor-only by default: the safer choice is the one made without thinking. */
export const NEW_CONSULTATION: ConsultationFormValues = {
  convenorOrganizationId: null,
  title: '',
  description: '',
  electionId: null,
  countryCodes: [],
  attributionRule: AttributionRule.CHATHAM_HOUSE,
  briefVisibility: BriefVisibility.CONVENOR_ONLY,
  opensAt: '',
  closesAt: '',
  questions: [''],
};

/** The questions with one moved up (-1) or down (+1); a move past either end changes nothing. */
export function moveQuestion(questions: readonly string[], index: number, offset: -1 | 1): string[] {
  const target = index + offset;
  if (index < 0 || index >= questions.length || target < 0 || target >= questions.length) {
    return [...questions];
  }
  const moved = [...questions];
  [moved[index], moved[target]] = [moved[target] ?? '', moved[index] ?? ''];
  return moved;
}

/**
 * The createConsultation input: blank questions left out (the order of the others kept), country
 * codes in capitals, times turned into instants from the viewer's zone, an empty time sent as none.
 */
export function createConsultationInput(values: ConsultationFormValues, timeZone: string) {
  const instant = (wallClock: string) =>
    wallClock ? instantInZone(wallClock, timeZone).toISOString() : null;
  return {
    convenorOrganizationId: values.convenorOrganizationId ?? '',
    title: values.title,
    description: values.description,
    electionId: values.electionId,
    countryCodes: values.countryCodes.map((code) => code.trim().toUpperCase()),
    attributionRule: values.attributionRule,
    briefVisibility: values.briefVisibility,
    opensAt: instant(values.opensAt),
    closesAt: instant(values.closesAt),
    questions: values.questions.filter((question) => question.trim()),
  };
}

/** The organisations a viewer may convene for: MEMBER or above, as the API requires. */
export function convenableOrganizations<T extends { role: MembershipRole }>(memberships: readonly T[]): T[] {
  return memberships.filter((membership) => roleAtLeast(membership.role, MembershipRole.MEMBER));
}

export type LifecycleAction = 'open' | 'close' | 'archive';

/** The lifecycle steps the API accepts from a status (DRAFT → OPEN → CLOSED; DRAFT or CLOSED → ARCHIVED). */
export function lifecycleActions(status: ConsultationStatus): LifecycleAction[] {
  switch (status) {
    case ConsultationStatus.DRAFT:
      return ['open', 'archive'];
    case ConsultationStatus.OPEN:
      return ['close'];
    case ConsultationStatus.CLOSED:
      return ['archive'];
    case ConsultationStatus.ARCHIVED:
      return [];
  }
}

/** Organisations can be invited (or their invitation taken back) before and while a consultation is open, not after. */
export function acceptsInvitations(status: ConsultationStatus): boolean {
  return status === ConsultationStatus.DRAFT || status === ConsultationStatus.OPEN;
}

/** An outcome follows listening: once the consultation has opened. */
export function acceptsOutcome(status: ConsultationStatus): boolean {
  return status !== ConsultationStatus.DRAFT;
}
