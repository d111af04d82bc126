/** Limits of the planning feature, enforced by the API and shown in the web app's forms. */
export const PLANNING_LIMITS = {
  electionNameMax: 200,
  milestoneTitleMax: 200,
  milestonesMax: 100,
  notesMax: 2000,
  blackoutReasonMax: 500,
  engagementTitleMax: 200,
  engagementOrganizationsMax: 20,
  relationshipNoteMax: 1000,
  contactNameMax: 200,
  contactTitleMax: 200,
  channelValueMax: 320,
  channelsMax: 10,
  languagesMax: 10,
  languageTagMax: 35,
  availabilityMax: 500,
  /** Contacts not verified for this long are STALE, unless the relationship's election is near. */
  staleAfterDaysDefault: 90,
  /** The same while the relationship's election is in its ELECTION_PERIOD. */
  staleAfterDaysElectionPeriod: 14,
  /** ELECTION_PERIOD starts this many days before election day (or earlier, with early voting). */
  electionPeriodLeadDays: 30,
  /** Without a results, dispute or runoff milestone, ELECTION_PERIOD ends this many days after election day. */
  electionPeriodTailDays: 14,
} as const;
