import { MembershipRole, roleAtLeast } from '@ecw/domain';
import { type Viewer } from '../core/auth/viewer.js';

export enum ReviewStatus {
  DRAFTING = 'DRAFTING',
  IN_SIGNOFF = 'IN_SIGNOFF',
  PUBLISHED = 'PUBLISHED',
}

export enum ReviewVisibility {
  CO_AUTHORS = 'CO_AUTHORS',
  PUBLIC = 'PUBLIC',
}

/**
 * The review-report resource of the one policy: the rule and its SQL scope side by side (meant to
 * move to core/policy/resources/ when the seam lands).
 */
export type ReviewReportAction =
  'reviewReport.read' | 'reviewReport.edit' | 'reviewReport.addCoAuthor' | 'reviewReport.signOff';

export interface ReviewReportFacts {
  status: ReviewStatus;
  visibility: ReviewVisibility;
  /** The viewer's strongest role across the report's co-author organisations, null when in none. */
  coAuthorRole: MembershipRole | null;
}

export function canOnReviewReport(
  _viewer: Viewer,
  action: ReviewReportAction,
  facts: ReviewReportFacts,
): boolean {
  switch (action) {
    case 'reviewReport.read':
      return facts.coAuthorRole !== null || isPublished(facts);
    case 'reviewReport.edit':
      // Publication is final: nobody edits the text afterwards.
      return (
        facts.status !== ReviewStatus.PUBLISHED && roleAtLeast(facts.coAuthorRole, MembershipRole.MEMBER)
      );
    case 'reviewReport.addCoAuthor':
      return facts.status !== ReviewStatus.PUBLISHED && roleAtLeast(facts.coAuthorRole, MembershipRole.ADMIN);
    case 'reviewReport.signOff':
      return roleAtLeast(facts.coAuthorRole, MembershipRole.MEMBER);
  }
}

function isPublished(facts: ReviewReportFacts): boolean {
  return facts.status === ReviewStatus.PUBLISHED && facts.visibility === ReviewVisibility.PUBLIC;
}

/** `reviewReport.read` as SQL over the review_reports alias, so lists are scoped in the query. */
export function readableReviewReportsSql(
  alias: string,
  viewer: Viewer,
): { sql: string; params: Record<string, unknown> } {
  return {
    sql: `((${alias}.status = 'PUBLISHED' AND ${alias}.visibility = 'PUBLIC') OR EXISTS (
      SELECT 1 FROM review_co_authors rca JOIN memberships rm ON rm.organization_id = rca.organization_id
      WHERE rca.report_id = ${alias}.id AND rm.user_id = :reviewViewerId))`,
    params: { reviewViewerId: viewer.userId },
  };
}

/** The strongest of a viewer's roles (one per co-author organisation they belong to). */
export function strongestRole(roles: readonly MembershipRole[]): MembershipRole | null {
  const order = [MembershipRole.OWNER, MembershipRole.ADMIN, MembershipRole.MEMBER, MembershipRole.VIEWER];
  return order.find((role) => roles.includes(role)) ?? null;
}
