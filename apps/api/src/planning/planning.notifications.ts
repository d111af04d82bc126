/** Notification kinds of the planning feature (part of the core `NotificationKind` union). */
export type PlanningNotificationKind =
  | 'planning.relationshipProposed'
  | 'planning.relationshipAccepted'
  | 'planning.relationshipEnded'
  | 'planning.contactsStale';
