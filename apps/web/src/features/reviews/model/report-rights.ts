import { MembershipRole, roleAtLeast } from '@ecw/domain';

interface Membership {
  role: MembershipRole;
  organization: { id: string };
}

interface Report {
  status: string;
  coAuthors: readonly { id: string }[];
}

interface ReportRights {
  /** Opens the live document: co-authors only (everyone else reads the published version). */
  isCoAuthor: boolean;
  /** The co-author organisations the viewer may write and sign for (MEMBER or above). */
  writingOrganizationIds: string[];
  /** Recommendations: followed up after publication too. */
  canWrite: boolean;
  /** The text, versions and sign-off: closed by publication. */
  canAct: boolean;
  /** Publishing and adding co-authors: an OWNER or ADMIN of a co-author, before publication. */
  canAdminister: boolean;
}

/**
 * What the report page offers the viewer, mirroring the server's review policy so nobody is shown
 * a control that can only be refused. The server still decides every request.
 */
export function reportRights(report: Report, memberships: readonly Membership[]): ReportRights {
  const coAuthorIds = new Set(report.coAuthors.map((org) => org.id));
  const inCoAuthors = memberships.filter((m) => coAuthorIds.has(m.organization.id));
  const writingOrganizationIds = inCoAuthors
    .filter((m) => roleAtLeast(m.role, MembershipRole.MEMBER))
    .map((m) => m.organization.id);
  const canWrite = writingOrganizationIds.length > 0;
  const canAct = report.status !== 'PUBLISHED' && canWrite;
  const canAdminister = canAct && inCoAuthors.some((m) => roleAtLeast(m.role, MembershipRole.ADMIN));
  return { isCoAuthor: inCoAuthors.length > 0, writingOrganizationIds, canWrite, canAct, canAdminister };
}
