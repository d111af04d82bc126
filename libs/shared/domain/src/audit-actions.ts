/**
 * The audit actions each feature records, `<thing>.<what happened>` in the past tense: the API's
 * feature declares them (its `AuditAction` union is derived from these lists) and the web app's
 * feature labels the same list in the reader's language.
 */

export const ORGANIZATION_AUDIT_ACTIONS = [
  'organization.created',
  'organization.updated',
  'organization.verified',
  'member.invited',
  'member.invitation_revoked',
  'member.joined',
  'member.role_changed',
  'member.removed',
  'member.left',
] as const;

export const PLANNING_AUDIT_ACTIONS = [
  'election.created',
  'election.milestone_added',
  'election.blackout_window_added',
  'engagement.scheduled',
  'relationship.proposed',
  'relationship.accepted',
  'relationship.ended',
  'contact.created',
  'contact.updated',
  'contact.verified',
  'contact.removed',
  'contact.erased',
  'contacts.read',
  'contacts.exported',
  'contacts.imported',
  'contacts.marked_stale',
] as const;

export const CONSULTATION_AUDIT_ACTIONS = [
  'consultation.created',
  'consultation.updated',
  'consultation.invited',
  'consultation.participant_removed',
  'consultation.opened',
  'consultation.closed',
  'consultation.archived',
  'consultation.outcome_published',
  'consultation.exported',
  'brief.created',
  'brief.updated',
  'brief.submitted',
  'brief.withdrawn',
  'brief.acknowledged',
  'brief.responded',
  'brief.commented',
] as const;

export const REVIEW_AUDIT_ACTIONS = [
  'review.created',
  'review.co_author_added',
  'review.version_created',
  'review.signoff_requested',
  'review.signed_off',
  'review.published',
  'review.exported',
] as const;
