/**
 * The audit log's INSERT of the rows `rows` selects (action, actor_id, organization_id, target_type,
 * target_id, metadata, in that order), as a data-modifying CTE of the statement that reads what
 * is audited: a read audited on every request (a contact registry) then costs one round trip, not
 * two, and its entries are written exactly when the read ran. No transaction of its own, as `recordAll`.
 */
export function auditInsertSql(rows: string): string {
  return `INSERT INTO audit_events (action, actor_id, organization_id, target_type, target_id, metadata) ${rows}`;
}
