/** Audited actions of the planning feature (part of the core `AuditAction` union). */
export type PlanningAuditAction =
  'election.created' | 'election.milestone_added' | 'election.blackout_window_added' | 'engagement.scheduled';
