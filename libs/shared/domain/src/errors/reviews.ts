/** Reasons (`extensions.reason`) the reviews feature gives, for the web app to react to. */
export enum ReviewErrorReason {
  /** The organisation already co-authors the report. */
  ALREADY_CO_AUTHOR = 'REVIEW_ALREADY_CO_AUTHOR',
  /** The report is published: its text is final. */
  PUBLISHED = 'REVIEW_PUBLISHED',
}
