import { DataSource } from 'typeorm';
import { MembershipRole } from '@ecw/domain';
import '../../../src/features.js';
import { databaseOptions } from '../../../src/core/database/database-options.js';
import { can } from '../../../src/core/policy/can.js';
import { type PolicySubject } from '../../../src/core/policy/policy-subject.js';
import {
  contactPointResource,
  contactPointScopeSql,
} from '../../../src/core/policy/resources/contact-point.policy.js';
import {
  engagementResource,
  engagementScopeSql,
} from '../../../src/core/policy/resources/engagement.policy.js';
import {
  loadRelationshipFacts,
  relationshipResource,
  relationshipScopeSql,
} from '../../../src/core/policy/resources/relationship.policy.js';
import { createTestDatabase } from '../../support/test-database.js';

/**
 * The planning rules and their SQL scopes must say the same thing. Every standing a rule may depend
 * on is generated: the viewer's role on each of a relationship's two sides (none or each role), or
 * in each organisation taking part in an engagement; a bystander is an OWNER everywhere, so someone
 * else's membership can never count as the viewer's, and a platform admin gets no pass.
 */
const STANDINGS: (MembershipRole | null)[] = [null, ...Object.values(MembershipRole)];

describe('planning policy: rules and SQL scopes agree', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;
  let viewers: PolicySubject[];
  let bystander: PolicySubject;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(databaseOptions(database.url));
    await dataSource.initialize();
    await dataSource.runMigrations();
    viewers = [await user('plain@example.org', false), await user('admin@example.org', true)];
    bystander = await user('bystander@example.org', false);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  async function insert(sql: string, params: unknown[]): Promise<string> {
    const rows: { id: string }[] = await dataSource.query(`${sql} RETURNING id`, params);
    const id = rows[0]?.id;
    if (!id) throw new Error('INSERT returned no row');
    return id;
  }

  async function user(email: string, isPlatformAdmin: boolean): Promise<PolicySubject> {
    const userId = await insert(
      `INSERT INTO users (email, display_name, password_hash, is_platform_admin) VALUES ($1, $1, 'x', $2)`,
      [email, isPlatformAdmin],
    );
    return { userId, isPlatformAdmin, sessionId: null };
  }

  /** A verified organisation where the bystander is OWNER and the viewer has `standing`. */
  async function organization(viewer: PolicySubject, standing: MembershipRole | null): Promise<string> {
    const id = await insert(
      `INSERT INTO organizations (name, kind, country_codes, verified_at) VALUES ('o', 'OTHER', '{KE}', now())`,
      [],
    );
    const join = `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3)`;
    await dataSource.query(join, [id, bystander.userId, MembershipRole.OWNER]);
    if (standing) await dataSource.query(join, [id, viewer.userId, standing]);
    return id;
  }

  async function inScope(
    table: string,
    scope: (alias: string, subject: PolicySubject) => { sql: string; params: Record<string, unknown> },
    viewer: PolicySubject,
  ): Promise<Set<string>> {
    const { sql, params } = scope('t', viewer);
    const rows = await dataSource
      .createQueryBuilder()
      .select('t.id', 'id')
      .from(table, 't')
      .where(sql, params)
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  }

  it('relationships and their contact points: the rule allows reading exactly the rows the scopes return', async () => {
    const expected = new Map<PolicySubject, Map<string, { relationship: string; allowed: boolean }>>(
      viewers.map((viewer) => [viewer, new Map()]),
    );
    for (const viewer of viewers) {
      for (const proposerRole of STANDINGS) {
        for (const recipientRole of STANDINGS) {
          const proposer = await organization(viewer, proposerRole);
          const recipient = await organization(viewer, recipientRole);
          const relationship = await insert(
            `INSERT INTO relationships (proposer_organization_id, recipient_organization_id, status) VALUES ($1, $2, 'ACTIVE')`,
            [proposer, recipient],
          );
          const contact = await insert(
            `INSERT INTO contact_points (relationship_id, organization_id, name, channels, languages, escalation_tier)
             VALUES ($1, $2, 'c', '[]', '{}', 'ROUTINE')`,
            [relationship, recipient],
          );
          for (const other of viewers) {
            const mine = other === viewer;
            const facts = {
              proposerOrganizationId: proposer,
              recipientOrganizationId: recipient,
              proposerRole: mine ? proposerRole : null,
              recipientRole: mine ? recipientRole : null,
            };
            const allowed = can(other, 'relationship.read', relationshipResource(relationship, facts));
            const contactAllowed = can(
              other,
              'contactPoint.read',
              contactPointResource(contact, { relationship: facts, organizationId: recipient }),
            );
            expect(contactAllowed).toBe(allowed);
            expected.get(other)?.set(contact, { relationship, allowed });
          }
        }
      }
    }

    for (const viewer of viewers) {
      const relationships = await inScope('relationships', relationshipScopeSql, viewer);
      const contacts = await inScope('contact_points', contactPointScopeSql, viewer);
      const byRule = expected.get(viewer) ?? new Map();
      expect(byRule.size).toBe(viewers.length * STANDINGS.length ** 2);
      for (const [contact, { relationship, allowed }] of byRule) {
        const loaded = await loadRelationshipFacts(dataSource.manager, viewer, relationship);
        const byLoadedFacts =
          loaded !== null && can(viewer, 'relationship.read', relationshipResource(relationship, loaded));
        expect({
          relationship,
          inScope: relationships.has(relationship),
          contactInScope: contacts.has(contact),
          byLoadedFacts,
        }).toEqual({ relationship, inScope: allowed, contactInScope: allowed, byLoadedFacts: allowed });
      }
      // Both answers must occur, or the comparison proves nothing (a platform admin gets no pass here).
      expect(new Set([...byRule.values()].map((entry) => entry.allowed))).toEqual(new Set([true, false]));
    }
  });

  it('engagements: the rule allows reading exactly the rows the scope returns', async () => {
    const election = await insert(
      `INSERT INTO elections (name, country_code, type, election_day, time_zone, period_starts_on, period_ends_on)
       VALUES ('e', 'KE', 'GENERAL', '2026-08-09', 'Africa/Nairobi', '2026-07-10', '2026-08-23')`,
      [],
    );
    const expected = new Map<PolicySubject, Map<string, boolean>>(
      viewers.map((viewer) => [viewer, new Map()]),
    );
    for (const viewer of viewers) {
      for (const first of STANDINGS) {
        for (const second of [null, MembershipRole.VIEWER]) {
          const organizations = [await organization(viewer, first), await organization(viewer, second)];
          const engagement = await insert(
            `INSERT INTO engagements (election_id, kind, title, starts_at, ends_at)
             VALUES ($1, 'BRIEFING', 'b', '2026-08-01T08:00Z', '2026-08-01T09:00Z')`,
            [election],
          );
          for (const organizationId of organizations)
            await dataSource.query(
              `INSERT INTO engagement_organizations (engagement_id, organization_id) VALUES ($1, $2)`,
              [engagement, organizationId],
            );
          for (const other of viewers) {
            const roles = other === viewer ? [first, second].filter((role) => role !== null) : [];
            const facts = { takingPartRoles: roles };
            expected
              .get(other)
              ?.set(engagement, can(other, 'engagement.read', engagementResource(engagement, facts)));
          }
        }
      }
    }
    for (const viewer of viewers) {
      const visible = await inScope('engagements', engagementScopeSql, viewer);
      const byRule = expected.get(viewer) ?? new Map<string, boolean>();
      for (const [engagement, allowed] of byRule)
        expect({ engagement, inScope: visible.has(engagement) }).toEqual({ engagement, inScope: allowed });
      expect(new Set(byRule.values())).toEqual(new Set([true, false]));
    }
  });
});
