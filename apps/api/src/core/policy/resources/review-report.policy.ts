import { MembershipRole, ReviewStatus, ReviewVisibility, roleAtLeast } from '@ecw/domain';
import { type EntityManager } from 'typeorm';
import { type PolicySubject } from '../policy-subject.js';

/**
 * Review reports: the rule (`reviewReportRule`) and `reviewReport.read` as SQL
 * (`reviewReportScopeSql`), side by side; test/integration/policy/review-report-policy.spec.ts
 * proves they agree.
 */
export type ReviewReportAction =
  | 'reviewReport.read'
  | 'reviewReport.edit'
  | 'reviewReport.addCoAuthor'
  | 'reviewReport.signOff'
  | 'reviewReport.publish'
  | 'reviewReport.recommend'
  | 'reviewReport.followEvents'
  | 'reviewReport.openDocument';

export interface ReviewReportFacts {
  status: ReviewStatus;
  visibility: ReviewVisibility;
  /** The subject's strongest role across the report's co-author organisations, null when in none. */
  coAuthorRole: MembershipRole | null;
}

export interface ReviewReportResource {
  kind: 'report';
  id: string;
  facts: ReviewReportFacts;
}

export function reviewReportRule(
  _subject: PolicySubject,
  action: ReviewReportAction,
  facts: ReviewReportFacts,
): boolean {
  const published = facts.status === ReviewStatus.PUBLISHED;
  switch (action) {
    case 'reviewReport.read':
      return facts.coAuthorRole !== null || (published && facts.visibility === ReviewVisibility.PUBLIC);
    case 'reviewReport.edit':
    case 'reviewReport.signOff':
      // Publication is final: nobody edits the text or signs it afterwards.
      return !published && roleAtLeast(facts.coAuthorRole, MembershipRole.MEMBER);
    case 'reviewReport.addCoAuthor':
    case 'reviewReport.publish':
      return !published && roleAtLeast(facts.coAuthorRole, MembershipRole.ADMIN);
    case 'reviewReport.followEvents':
      // Live events are the co-authors' working channel; public readers refetch the published text.
      return facts.coAuthorRole !== null;
    case 'reviewReport.openDocument':
      // The live document at /collab is the co-authors' draft: it keeps what was never signed (removed
      // sections, edits after the last version). Public readers read the published version instead.
      return facts.coAuthorRole !== null;
    case 'reviewReport.recommend':
      // Following recommendations up is the point of publishing: allowed before and after.
      return roleAtLeast(facts.coAuthorRole, MembershipRole.MEMBER);
  }
}

/** `reviewReport.read` as SQL over the review_reports `alias`; must agree with the rule row for row. */
export function reviewReportScopeSql(
  alias: string,
  subject: PolicySubject,
): { sql: string; params: Record<string, unknown> } {
  return {
    sql: `((${alias}.status = 'PUBLISHED' AND ${alias}.visibility = 'PUBLIC') OR EXISTS (
      SELECT 1 FROM review_co_authors rca JOIN memberships rm ON rm.organization_id = rca.organization_id
      WHERE rca.report_id = ${alias}.id AND rm.user_id = :reviewViewerId))`,
    params: { reviewViewerId: subject.userId },
  };
}

/** The strongest of a subject's roles (one per co-author organisation they belong to). */
export function strongestRole(roles: readonly MembershipRole[]): MembershipRole | null {
  const order = [MembershipRole.OWNER, MembershipRole.ADMIN, MembershipRole.MEMBER, MembershipRole.VIEWER];
  return order.find((role) => roles.includes(role)) ?? null;
}

/** A row of the facts statements: the report's status and visibility, the subject's roles in it. */
interface FactsRow {
  status: ReviewStatus;
  visibility: ReviewVisibility;
  roles: MembershipRole[] | null;
}

/** The subject's roles across the co-author organisations of report `r` (`user` is their id). */
function coAuthorRolesSql(user: string): string {
  return `(SELECT array_agg(m.role) FROM review_co_authors ca
             JOIN memberships m ON m.organization_id = ca.organization_id AND m.user_id = ${user}
            WHERE ca.report_id = r.id)`;
}

function factsOf(row: FactsRow): ReviewReportFacts {
  return { status: row.status, visibility: row.visibility, coAuthorRole: strongestRole(row.roles ?? []) };
}

/** The facts of one report for a subject, in one query; null when it does not exist. */
export async function loadReviewReportFacts(
  manager: EntityManager,
  subject: PolicySubject,
  reportId: string,
): Promise<ReviewReportFacts | null> {
  const rows: FactsRow[] = await manager.query(
    `SELECT r.status, r.visibility, ${coAuthorRolesSql('$2')} AS roles FROM review_reports r WHERE r.id = $1`,
    [reportId, subject.userId],
  );
  const row = rows[0];
  return row ? factsOf(row) : null;
}

/**
 * `loadReviewReportFacts` for many (subject, report) pairs in one query, in their order; null for a
 * report that does not exist.
 */
export async function loadReviewReportFactsOf(
  manager: EntityManager,
  pairs: readonly { subject: PolicySubject; reportId: string }[],
): Promise<(ReviewReportFacts | null)[]> {
  if (pairs.length === 0) return [];
  const rows: (FactsRow & { n: string })[] = await manager.query(
    `SELECT asked.n, r.status, r.visibility, ${coAuthorRolesSql('asked.user_id')} AS roles
       FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS asked(report_id, user_id, n)
       JOIN review_reports r ON r.id = asked.report_id`,
    [pairs.map((pair) => pair.reportId), pairs.map((pair) => pair.subject.userId)],
  );
  const found = new Map(rows.map((row) => [Number(row.n), factsOf(row)]));
  return pairs.map((_, index) => found.get(index + 1) ?? null);
}

export function reviewReportResource(id: string, facts: ReviewReportFacts): ReviewReportResource {
  return { kind: 'report', id, facts };
}
