import { DataSource } from 'typeorm';
import { MembershipRole } from '@ecw/domain';
import '../../../src/features.js';
import { databaseOptions } from '../../../src/core/database/database-options.js';
import { can } from '../../../src/core/policy/can.js';
import { type PolicySubject } from '../../../src/core/policy/policy-subject.js';
import {
  loadOrganizationFacts,
  organizationResource,
  organizationScopeSql,
} from '../../../src/core/policy/resources/organization.policy.js';
import { createTestDatabase } from '../../support/test-database.js';

/**
 * The organisation rule and its SQL scope must say the same thing. Every combination a rule may
 * depend on is generated: viewer (platform admin or not) × organisation (verified or not) × the
 * viewer's standing in it (no membership, or each role), with another account a member everywhere
 * so that someone else's membership can never count as the viewer's.
 */
const STANDINGS: (MembershipRole | null)[] = [null, ...Object.values(MembershipRole)];

describe('organisation policy: rule and SQL scope agree', () => {
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

  async function user(email: string, isPlatformAdmin: boolean): Promise<PolicySubject> {
    const rows: { id: string }[] = await dataSource.query(
      `INSERT INTO users (email, display_name, password_hash, is_platform_admin) VALUES ($1, $1, 'x', $2) RETURNING id`,
      [email, isPlatformAdmin],
    );
    return { userId: firstId(rows), isPlatformAdmin, sessionId: null };
  }

  async function organization(verified: boolean): Promise<string> {
    const rows: { id: string }[] = await dataSource.query(
      `INSERT INTO organizations (name, kind, country_codes, verified_at) VALUES ('o', 'OTHER', '{KE}', $1) RETURNING id`,
      [verified ? new Date() : null],
    );
    return firstId(rows);
  }

  async function join(organizationId: string, userId: string, role: MembershipRole): Promise<void> {
    await dataSource.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3)`, [
      organizationId,
      userId,
      role,
    ]);
  }

  function firstId(rows: { id: string }[]): string {
    const id = rows[0]?.id;
    if (!id) throw new Error('INSERT returned no row');
    return id;
  }

  it('for every viewer × organisation, the rule allows reading exactly the rows the scope returns', async () => {
    const viewers = [await user('plain@example.org', false), await user('admin@example.org', true)];
    const bystander = await user('bystander@example.org', false);
    const expected = new Map<string, Map<string, boolean>>(
      viewers.map((viewer) => [viewer.userId, new Map()]),
    );
    const expectationsOf = (viewer: PolicySubject) => {
      const row = expected.get(viewer.userId);
      if (!row) throw new Error('unknown viewer');
      return row;
    };
    for (const verified of [false, true]) {
      for (const viewer of viewers) {
        for (const standing of STANDINGS) {
          const id = await organization(verified);
          await join(id, bystander.userId, MembershipRole.OWNER);
          if (standing) await join(id, viewer.userId, standing);
          for (const other of viewers) {
            const facts = { verified, viewerRole: other === viewer ? standing : null };
            expectationsOf(other).set(id, can(other, 'organization.read', organizationResource(id, facts)));
          }
        }
      }
    }

    for (const viewer of viewers) {
      const scope = organizationScopeSql('o', viewer);
      const rows = await dataSource
        .createQueryBuilder()
        .select('o.id', 'id')
        .from('organizations', 'o')
        .where(scope.sql, scope.params)
        .getRawMany<{ id: string }>();
      const inScope = new Set(rows.map((row) => row.id));
      const byRule = expectationsOf(viewer);
      expect(byRule.size).toBe(2 * viewers.length * STANDINGS.length);
      for (const [id, allowed] of byRule) {
        const loaded = await loadOrganizationFacts(dataSource.manager, viewer, id);
        const byLoadedFacts =
          loaded !== null && can(viewer, 'organization.read', organizationResource(id, loaded));
        expect({ id, admin: viewer.isPlatformAdmin, inScope: inScope.has(id), byLoadedFacts }).toEqual({
          id,
          admin: viewer.isPlatformAdmin,
          inScope: allowed,
          byLoadedFacts: allowed,
        });
      }
      // Both sides must also refuse something, or the comparison proves nothing.
      if (!viewer.isPlatformAdmin) expect([...byRule.values()]).toContain(false);
    }
  });
});
