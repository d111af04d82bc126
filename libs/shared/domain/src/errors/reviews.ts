/** Reasons (`extensions.reason`) the reviews feature gives, for the web app to react to. */
export enum ReviewErrorReason {
  /** The organisation already co-authors the report. */
  ALREADY_CO_AUTHOR = 'REVIEW_ALREADY_CO_AUTHOR',
  /** The report is published: its text is final. */
  PUBLISHED = 'REVIEW_PUBLISHED',
  /** A newer version of the report exists: sign-off and publication are about the latest one. */
  VERSION_NOT_LATEST = 'REVIEW_VERSION_NOT_LATEST',
  /** The text changed since this version: make a new version and request sign-off on it. */
  VERSION_OUTDATED = 'REVIEW_VERSION_OUTDATED',
  /** Sign-off was not requested for this version. */
  SIGNOFF_NOT_REQUESTED = 'REVIEW_SIGNOFF_NOT_REQUESTED',
  /** Every organisation the viewer may sign for has signed this version already. */
  ALREADY_SIGNED = 'REVIEW_ALREADY_SIGNED',
  /** Some co-author organisations have not signed the latest version (named in the message). */
  SIGNOFF_MISSING = 'REVIEW_SIGNOFF_MISSING',
}
