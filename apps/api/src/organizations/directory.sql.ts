import { type MembershipRole, type OrganizationKind } from '@ecw/domain';
import { type OrganizationOutput } from './dtos/organization.output.js';

/** The directory's statement returns one row even when the page is empty, so the total is always known. */
export interface DirectoryRow {
  total_count: number;
  id: string | null;
}

export interface DirectoryPageRow extends DirectoryRow {
  id: string;
  name: string;
  kind: OrganizationKind;
  country_codes: string[];
  website: string | null;
  verified: boolean;
  created_at: Date;
  sort_name: string;
  viewer_role: MembershipRole | null;
  member_count: number;
}

/**
 * The page (keyset after the cursor), each row's viewer role and member count, and the number of
 * matching organisations, in one round trip. `matching` is the policy's scope plus the filters over
 * alias `o`; it appears twice (page and total) rather than in a shared CTE, which PostgreSQL would
 * materialise and so lose the (lower(name), id) index for the page.
 */
export function directorySql(matching: string, keyset: string): string {
  return `
    WITH page AS (
      SELECT o.id, o.name, o.kind, o.country_codes, o.website, o.verified_at IS NOT NULL AS verified,
             o.created_at, lower(o.name) AS sort_name
        FROM organizations o
       WHERE ${matching}${keyset}
       ORDER BY lower(o.name), o.id
       LIMIT :directoryLimit
    )
    SELECT t.total_count, p.*,
           (SELECT r.role FROM memberships r
             WHERE r.organization_id = p.id AND r.user_id = :directoryViewerId) AS viewer_role,
           (SELECT count(*)::int FROM memberships c WHERE c.organization_id = p.id) AS member_count
      FROM (SELECT count(*)::int AS total_count FROM organizations o WHERE ${matching}) t
      LEFT JOIN page p ON TRUE
     ORDER BY p.sort_name, p.id`;
}

export function toDirectoryOutput(row: DirectoryPageRow): OrganizationOutput {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    countryCodes: row.country_codes,
    website: row.website,
    verified: row.verified,
    createdAt: row.created_at,
    memberCount: row.member_count,
    viewerRole: row.viewer_role,
  };
}
