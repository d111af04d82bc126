/** Consultations and context briefs: the contract's enums, limits and error reasons, shared by API and web. */

export enum ConsultationStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  ARCHIVED = 'ARCHIVED',
}

/** The viewer's side of a consultation, to narrow the list: its organisation convenes it, or is invited. */
export enum ConsultationStanding {
  CONVENING = 'CONVENING',
  INVITED = 'INVITED',
}

/** CHATHAM_HOUSE: no brief or comment names its organisation or person outside the author's organisation. */
export enum AttributionRule {
  ATTRIBUTED = 'ATTRIBUTED',
  CHATHAM_HOUSE = 'CHATHAM_HOUSE',
}

export enum BriefVisibility {
  CONVENOR_ONLY = 'CONVENOR_ONLY',
  ALL_PARTICIPANTS = 'ALL_PARTICIPANTS',
}

export enum BriefStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  RESPONDED = 'RESPONDED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum RiskLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}

export enum BriefTopic {
  ELECTORAL_PROCESS_MISINFORMATION = 'ELECTORAL_PROCESS_MISINFORMATION',
  HATE_SPEECH = 'HATE_SPEECH',
  VIOLENCE_AND_INCITEMENT = 'VIOLENCE_AND_INCITEMENT',
  HARASSMENT_OF_OFFICIALS = 'HARASSMENT_OF_OFFICIALS',
  HARASSMENT_OF_CANDIDATES = 'HARASSMENT_OF_CANDIDATES',
  POLITICAL_ADVERTISING = 'POLITICAL_ADVERTISING',
  FOREIGN_INTERFERENCE = 'FOREIGN_INTERFERENCE',
  INTERNET_SHUTDOWNS = 'INTERNET_SHUTDOWNS',
  CYBERSECURITY = 'CYBERSECURITY',
  GENERATIVE_AI = 'GENERATIVE_AI',
  MARGINALISED_GROUPS = 'MARGINALISED_GROUPS',
  OTHER = 'OTHER',
}

export enum BriefEventKind {
  SUBMITTED = 'SUBMITTED',
  UPDATED = 'UPDATED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  RESPONDED = 'RESPONDED',
  WITHDRAWN = 'WITHDRAWN',
  COMMENTED = 'COMMENTED',
}

/** What happens to a consultation itself, announced live to everyone who may see it. */
export enum ConsultationEventKind {
  OUTCOME_PUBLISHED = 'OUTCOME_PUBLISHED',
  /** A brief withdrawn, told (by id only) to those it was shared with, who may no longer read it. */
  BRIEF_WITHDRAWN = 'BRIEF_WITHDRAWN',
}

/** Limits shared by the API (enforced) and the web app (shown in forms). */
export const CONSULTATION_LIMITS = {
  titleMax: 200,
  descriptionMax: 20_000,
  questionsMax: 30,
  questionMax: 1_000,
  inviteMax: 100,
  outcomeMax: 50_000,
  briefTitleMax: 200,
  briefSummaryMax: 2_000,
  briefBodyMax: 100_000,
  answerMax: 10_000,
  regionsMax: 30,
  regionMax: 100,
  languagesMax: 20,
  languageMax: 35,
  responseMax: 20_000,
  commentMax: 10_000,
} as const;
