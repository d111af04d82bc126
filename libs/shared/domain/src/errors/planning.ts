/** Reasons (`extensions.reason`) the planning feature gives, for the web app to react to. */
export enum PlanningErrorReason {
  /** The authority named for an election is not an election authority the creator belongs to. */
  NOT_AN_AUTHORITY_MEMBER = 'PLANNING_NOT_AN_AUTHORITY_MEMBER',
  /** Creating an election needs MEMBER or above in a verified organisation; a named authority must be verified too. */
  NEEDS_VERIFIED_MEMBERSHIP = 'PLANNING_NEEDS_VERIFIED_MEMBERSHIP',
  /** Only the election's authority (or, without one, its creator) changes its timeline. */
  TIMELINE_OWNER_ONLY = 'PLANNING_TIMELINE_OWNER_ONLY',
  /** Blackout windows are the authority's to set. */
  AUTHORITY_ONLY = 'PLANNING_AUTHORITY_ONLY',
  /** The scheduler must be a MEMBER or above of one of the organisations taking part. */
  NOT_TAKING_PART = 'PLANNING_NOT_TAKING_PART',
}

/** Reasons of the bilateral relationships and contact registries. */
export enum RelationshipErrorReason {
  /** The pair already has a pending or active relationship for this election (or none). */
  ALREADY_EXISTS = 'RELATIONSHIP_ALREADY_EXISTS',
  /** Accepting something not pending, ending something ended, or adding contacts to an ended one. */
  WRONG_STATUS = 'RELATIONSHIP_WRONG_STATUS',
  /** Only the side that was asked accepts. */
  RECIPIENT_ONLY = 'RELATIONSHIP_RECIPIENT_ONLY',
  /** Owners and admins decide on relationships. */
  ADMIN_ONLY = 'RELATIONSHIP_ADMIN_ONLY',
  /** Each side writes its own contacts only, as MEMBER or above. */
  OWN_SIDE_ONLY = 'RELATIONSHIP_OWN_SIDE_ONLY',
}
