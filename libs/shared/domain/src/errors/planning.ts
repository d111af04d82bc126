/** Reasons (`extensions.reason`) the planning feature gives, for the web app to react to. */
export enum PlanningErrorReason {
  /** The authority named for an election is not an election authority the creator belongs to. */
  NOT_AN_AUTHORITY_MEMBER = 'PLANNING_NOT_AN_AUTHORITY_MEMBER',
  /** Creating an election needs MEMBER or above in a verified organisation. */
  NEEDS_VERIFIED_MEMBERSHIP = 'PLANNING_NEEDS_VERIFIED_MEMBERSHIP',
  /** Only the election's authority (or, without one, its creator) changes its timeline. */
  TIMELINE_OWNER_ONLY = 'PLANNING_TIMELINE_OWNER_ONLY',
  /** Blackout windows are the authority's to set. */
  AUTHORITY_ONLY = 'PLANNING_AUTHORITY_ONLY',
  /** The scheduler must be a MEMBER or above of one of the organisations taking part. */
  NOT_TAKING_PART = 'PLANNING_NOT_TAKING_PART',
}
