/** Reasons (`extensions.reason`) the consultations feature gives, for the web app to react to. */
export enum ConsultationErrorReason {
  NOT_OPEN = 'CONSULTATION_NOT_OPEN',
  WRONG_STATUS = 'CONSULTATION_WRONG_STATUS',
  ATTRIBUTION_FROZEN = 'CONSULTATION_ATTRIBUTION_FROZEN',
  NOT_INVITED = 'CONSULTATION_NOT_INVITED',
  BRIEF_WRONG_STATUS = 'BRIEF_WRONG_STATUS',
  OWN_BRIEF = 'BRIEF_OWN_BRIEF',
}
