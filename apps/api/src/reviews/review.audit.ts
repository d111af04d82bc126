/** What the reviews feature writes to the audit log (ids and counts only in metadata). */
export type ReviewAuditAction = 'review.created' | 'review.co_author_added';
