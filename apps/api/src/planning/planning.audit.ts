/** Audited actions of the planning feature (part of the core `AuditAction` union). */
export type PlanningAuditAction =
  | 'election.created'
  | 'election.milestone_added'
  | 'election.blackout_window_added'
  | 'engagement.scheduled'
  | 'relationship.proposed'
  | 'relationship.accepted'
  | 'relationship.ended'
  | 'contact.created'
  | 'contact.updated'
  | 'contact.verified'
  | 'contact.removed'
  | 'contact.erased'
  | 'contacts.read'
  | 'contacts.exported'
  | 'contacts.imported'
  | 'contacts.marked_stale';
