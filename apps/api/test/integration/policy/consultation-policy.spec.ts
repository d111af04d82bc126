import { DataSource } from 'typeorm';
import { AttributionRule, BriefVisibility, MembershipRole } from '@ecw/domain';
import '../../../src/features.js';
import { databaseOptions } from '../../../src/core/database/database-options.js';
import { can } from '../../../src/core/policy/can.js';
import { type PolicySubject } from '../../../src/core/policy/policy-subject.js';
import {
  briefResource,
  briefScopeSql,
  loadBriefFacts,
} from '../../../src/core/policy/resources/brief.policy.js';
import {
  consultationResource,
  consultationScopeSql,
  loadConsultationFacts,
} from '../../../src/core/policy/resources/consultation.policy.js';
import { type Bind } from '../../../src/core/policy/sql-bind.js';
import { createTestDatabase } from '../../support/test-database.js';

/**
 * The consultation and brief rules and their SQL scopes must say the same thing. Every combination
 * the rules depend on is generated: the viewer's standing in the convenor (none or each role) × in
 * an invited organisation (none or each role) × brief visibility; in each consultation, briefs by
 * that organisation and by another invited one, as drafts, submitted, and withdrawn. The viewer is
 * also an owner of an organisation that is not invited, and another account is a member of every
 * organisation, so neither someone else's membership nor an uninvited one can count.
 */
const STANDINGS: (MembershipRole | null)[] = [null, ...Object.values(MembershipRole)];
const BRIEF_STATES = [
  { status: 'DRAFT', submitted: false },
  { status: 'SUBMITTED', submitted: true },
  { status: 'WITHDRAWN', submitted: true },
] as const;

describe('consultation and brief policy: rules and SQL scopes agree', () => {
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

  const insert = async (sql: string, values: unknown[]): Promise<string> => {
    const rows: { id: string }[] = await dataSource.query(`${sql} RETURNING id`, values);
    const id = rows[0]?.id;
    if (!id) throw new Error('INSERT returned no row');
    return id;
  };
  const user = (email: string) =>
    insert(`INSERT INTO users (email, display_name, password_hash) VALUES ($1, $1, 'x')`, [email]);
  const organization = () =>
    insert(`INSERT INTO organizations (name, kind, country_codes) VALUES ('o', 'OTHER', '{KE}')`, []);
  const join = (organizationId: string, userId: string, role: MembershipRole) =>
    dataSource.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3)`, [
      organizationId,
      userId,
      role,
    ]);
  const invite = (consultationId: string, organizationId: string) =>
    dataSource.query(
      `INSERT INTO consultation_participants (consultation_id, organization_id) VALUES ($1, $2)`,
      [consultationId, organizationId],
    );

  interface Made {
    consultationId: string;
    convenorRole: MembershipRole | null;
    participantRole: MembershipRole | null;
    participantId: string;
  }

  /** One consultation where the viewer has this standing, with its six briefs. */
  async function consultation(
    viewer: PolicySubject,
    bystander: string,
    convenorRole: MembershipRole | null,
    participantRole: MembershipRole | null,
    visibility: BriefVisibility,
  ): Promise<Made> {
    const [convenorId, participantId, otherId] = [
      await organization(),
      await organization(),
      await organization(),
    ];
    for (const id of [convenorId, participantId, otherId]) await join(id, bystander, MembershipRole.OWNER);
    if (convenorRole) await join(convenorId, viewer.userId, convenorRole);
    if (participantRole) await join(participantId, viewer.userId, participantRole);
    const consultationId = await insert(
      `INSERT INTO consultations (convenor_organization_id, title, description, attribution_rule, brief_visibility, status)
       VALUES ($1, 't', 'd', $2, $3, 'OPEN')`,
      [convenorId, AttributionRule.CHATHAM_HOUSE, visibility],
    );
    await invite(consultationId, participantId);
    await invite(consultationId, otherId);
    for (const organizationId of [participantId, otherId]) {
      for (const state of BRIEF_STATES) {
        await insert(
          `INSERT INTO context_briefs (consultation_id, organization_id, title, summary, body, topics, risk_level, status, submitted_at)
           VALUES ($1, $2, 't', 's', 'b', '{OTHER}', 'LOW', $3, $4)`,
          [consultationId, organizationId, state.status, state.submitted ? new Date() : null],
        );
      }
    }
    return { consultationId, convenorRole, participantRole, participantId };
  }

  it('for every standing and visibility, the rules allow exactly the rows the scopes return', async () => {
    const viewer: PolicySubject = { userId: await user('viewer@example.org'), isPlatformAdmin: false };
    const bystander = await user('bystander@example.org');
    const uninvited = await organization();
    await join(uninvited, viewer.userId, MembershipRole.OWNER);
    const made: Made[] = [];
    for (const visibility of Object.values(BriefVisibility)) {
      for (const convenorRole of STANDINGS) {
        for (const participantRole of STANDINGS) {
          made.push(await consultation(viewer, bystander, convenorRole, participantRole, visibility));
        }
      }
    }
    // A consultation of strangers, the viewer's uninvited organisation among neither.
    made.push(await consultation(viewer, bystander, null, null, BriefVisibility.ALL_PARTICIPANTS));

    const values: unknown[] = [];
    const bind: Bind = (value) => `$${values.push(value)}`;
    const scoped: { id: string }[] = await dataSource.query(
      `SELECT c.id FROM consultations c WHERE ${consultationScopeSql('c', viewer, bind)}`,
      values,
    );
    const consultationsInScope = new Set(scoped.map(({ id }) => id));
    const briefVerdicts: boolean[] = [];
    const readVerdicts: boolean[] = [];

    for (const { consultationId, convenorRole, participantRole, participantId } of made) {
      const facts = await loadConsultationFacts(dataSource.manager, viewer, consultationId);
      if (!facts) throw new Error('consultation not found');
      // The loaded facts are the standing the viewer was given, nothing more.
      expect({ convenorRole: facts.convenorRole, participantRoles: [...facts.participantRoles] }).toEqual({
        convenorRole,
        participantRoles: participantRole ? [[participantId, participantRole]] : [],
      });
      const readable = can(viewer, 'consultation.read', consultationResource(consultationId, facts));
      readVerdicts.push(readable);
      expect({ consultationId, inScope: consultationsInScope.has(consultationId) }).toEqual({
        consultationId,
        inScope: readable,
      });

      const briefValues: unknown[] = [consultationId];
      const briefBind: Bind = (value) => `$${briefValues.push(value)}`;
      const rows: { id: string }[] = await dataSource.query(
        `SELECT id FROM context_briefs b WHERE b.consultation_id = $1 AND ${briefScopeSql('b', facts, briefBind)}`,
        briefValues,
      );
      const briefsInScope = new Set(rows.map(({ id }) => id));
      const all: { id: string }[] = await dataSource.query(
        `SELECT id FROM context_briefs WHERE consultation_id = $1`,
        [consultationId],
      );
      expect(all).toHaveLength(2 * BRIEF_STATES.length);
      for (const { id } of all) {
        const brief = await loadBriefFacts(dataSource.manager, id);
        if (!brief) throw new Error('brief not found');
        const allowed = can(viewer, 'brief.read', briefResource(id, facts, brief));
        briefVerdicts.push(allowed);
        expect({
          consultationId,
          brief: id,
          standing: [convenorRole, participantRole],
          inScope: briefsInScope.has(id),
        }).toEqual({
          consultationId,
          brief: id,
          standing: [convenorRole, participantRole],
          inScope: allowed,
        });
      }
    }
    // Both sides must allow and refuse something, or the comparison proves nothing.
    expect(new Set(readVerdicts)).toEqual(new Set([true, false]));
    expect(new Set(briefVerdicts)).toEqual(new Set([true, false]));
  });
});
