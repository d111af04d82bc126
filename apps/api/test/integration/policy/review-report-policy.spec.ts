import { DataSource } from 'typeorm';
import { MembershipRole, ReviewStatus, ReviewVisibility } from '@ecw/domain';
import '../../../src/features.js';
import { databaseOptions } from '../../../src/core/database/database-options.js';
import { can } from '../../../src/core/policy/can.js';
import { type PolicySubject } from '../../../src/core/policy/policy-subject.js';
import {
  loadReviewReportFacts,
  loadReviewReportFactsOf,
  reviewReportResource,
  reviewReportScopeSql,
} from '../../../src/core/policy/resources/review-report.policy.js';
import { createTestDatabase } from '../../support/test-database.js';

/**
 * The review-report rule and its SQL scope must say the same thing. Every combination the rule
 * depends on is generated: report status × visibility × the viewer's standing in a co-author
 * organisation (none, or each role), with another account owning the co-author everywhere so that
 * someone else's membership can never count as the viewer's.
 */
const STANDINGS: (MembershipRole | null)[] = [null, ...Object.values(MembershipRole)];

describe('review-report policy: rule and SQL scope agree', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(databaseOptions(database.url));
    await dataSource.initialize();
    await dataSource.runMigrations();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  async function insertId(sql: string, params: unknown[]): Promise<string> {
    const rows: { id: string }[] = await dataSource.query(sql, params);
    const id = rows[0]?.id;
    if (!id) throw new Error('INSERT returned no row');
    return id;
  }

  it('for every viewer standing × status × visibility, the rule allows reading exactly the rows the scope returns, and the batched facts are the single ones', async () => {
    const viewer: PolicySubject = {
      userId: await insertId(
        `INSERT INTO users (email, display_name, password_hash) VALUES ('viewer@example.org', 'v', 'x') RETURNING id`,
        [],
      ),
      isPlatformAdmin: false,
      sessionId: null,
    };
    const bystander = await insertId(
      `INSERT INTO users (email, display_name, password_hash) VALUES ('bystander@example.org', 'b', 'x') RETURNING id`,
      [],
    );
    const expected = new Map<string, boolean>();
    for (const status of Object.values(ReviewStatus)) {
      for (const visibility of Object.values(ReviewVisibility)) {
        for (const standing of STANDINGS) {
          const organization = await insertId(
            `INSERT INTO organizations (name, kind, country_codes) VALUES ('o', 'OTHER', '{KE}') RETURNING id`,
            [],
          );
          await dataSource.query(
            `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'OWNER')`,
            [organization, bystander],
          );
          if (standing) {
            await dataSource.query(
              `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3)`,
              [organization, viewer.userId, standing],
            );
          }
          const report = await insertId(
            `INSERT INTO review_reports (title, owner_organization_id, status, visibility) VALUES ('r', $1, $2, $3) RETURNING id`,
            [organization, status, visibility],
          );
          await dataSource.query(
            `INSERT INTO review_co_authors (report_id, organization_id, position) VALUES ($1, $2, 0)`,
            [report, organization],
          );
          const facts = { status, visibility, coAuthorRole: standing };
          expected.set(report, can(viewer, 'reviewReport.read', reviewReportResource(report, facts)));
        }
      }
    }

    const scope = reviewReportScopeSql('r', viewer);
    const rows = await dataSource
      .createQueryBuilder()
      .select('r.id', 'id')
      .from('review_reports', 'r')
      .where(scope.sql, scope.params)
      .getRawMany<{ id: string }>();
    const inScope = new Set(rows.map((row) => row.id));
    expect(expected.size).toBe(3 * 2 * STANDINGS.length);
    for (const [id, allowed] of expected) {
      const loaded = await loadReviewReportFacts(dataSource.manager, viewer, id);
      const byLoadedFacts =
        loaded !== null && can(viewer, 'reviewReport.read', reviewReportResource(id, loaded));
      expect({ id, inScope: inScope.has(id), byLoadedFacts }).toEqual({
        id,
        inScope: allowed,
        byLoadedFacts: allowed,
      });
    }
    // The batch form the co-editing re-check uses: the same facts, in order, for two subjects
    // interleaved and a report that does not exist.
    const bystanderSubject: PolicySubject = { userId: bystander, isPlatformAdmin: false, sessionId: null };
    const missing = '00000000-0000-4000-8000-000000000000';
    const asked = [...expected.keys(), missing].flatMap((reportId) => [
      { subject: viewer, reportId },
      { subject: bystanderSubject, reportId },
    ]);
    const one = await Promise.all(
      asked.map(({ subject, reportId }) => loadReviewReportFacts(dataSource.manager, subject, reportId)),
    );
    const batched = await loadReviewReportFactsOf(dataSource.manager, asked);
    expect(batched).toEqual(one);
    expect(batched.at(-1)).toBeNull();
    expect(new Set(batched.map((facts) => facts?.coAuthorRole)).size).toBeGreaterThan(2);
    // Both sides must also refuse something, or the comparison proves nothing.
    expect([...expected.values()]).toContain(false);
    expect([...expected.values()]).toContain(true);
  });
});
