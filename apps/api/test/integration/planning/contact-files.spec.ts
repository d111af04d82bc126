import { parse } from 'vcard4';
import { EscalationTier, MembershipRole } from '@ecw/domain';
import { ContactPointFactory } from '../../factories/contact-point.factory.js';
import { signUpPerson, type Person } from '../../factories/organization.factory.js';
import { relationshipPair, type Pair } from '../../factories/relationship.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type GqlResult } from '../../support/test-client.js';

const EXPORT = `mutation ($input: ExportContactPointsInput!) { exportContactPoints(input: $input) { filename mimeType content count } }`;
const IMPORT = `mutation ($input: ImportContactPointsInput!) {
  importContactPoints(input: $input) { valid imported rows { line name problems { field message } } }
}`;
const REGISTRY = `query ($id: ID!, $organizationId: ID) { relationship(id: $id) { contacts(organizationId: $organizationId) { name verificationStatus lastVerifiedAt revisions { change } } } }`;

const HEADER = 'name,title,escalationTier,preferred,email,phone,languages,timeZone';
const GOOD_ROWS = [
  'Duty desk,Duty officer,CRITICAL,PHONE,desk@example.org,+254 20 123 4567,en sw,Africa/Nairobi',
  'Legal team,,ROUTINE,EMAIL,legal@example.org,,fr,',
];

function fieldsOf(result: Pick<GqlResult, 'errors'>): string[] {
  const fieldErrors = (result.errors?.[0]?.extensions?.['fieldErrors'] ?? []) as { field: string }[];
  return fieldErrors.map((error) => error.field).sort();
}

describe('contact files: CSV and vCard export (audited for both sides), CSV import with preview, all or nothing', () => {
  let t: TestApi;
  let platformAdmin: Person;
  let pair: Pair;

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t);
    pair = await relationshipPair(t, platformAdmin);
  });
  afterAll(() => t.close());

  const importAs = (
    person: Person,
    csv: string,
    commit: boolean,
    organizationId = pair.authority.organization.id,
  ) =>
    person.client.gql<{
      importContactPoints: {
        valid: boolean;
        imported: number;
        rows: { line: number; name: string; problems: { field: string; message: string }[] }[];
      };
    }>(IMPORT, {
      input: { relationshipId: pair.relationship.id, organizationId, csv, commit },
    });

  it('previews per-row problems in the reader’s language, refuses a commit with any bad row (nothing saved), then saves all as UNVERIFIED', async () => {
    const member = pair.authority.withRole(MembershipRole.MEMBER);
    const bad = [HEADER, ...GOOD_ROWS, 'Broken row,,URGENT,PHONE,,0712 345,en,Mars/Olympus'].join('\n');
    const preview = await importAs(member, bad, false);
    expect(preview.data?.importContactPoints.valid).toBe(false);
    expect(preview.data?.importContactPoints.imported).toBe(0);
    const rows = preview.data?.importContactPoints.rows ?? [];
    expect(rows.map((row) => [row.line, row.name, row.problems.map((p) => p.field)])).toEqual([
      [2, 'Duty desk', []],
      [3, 'Legal team', []],
      [4, 'Broken row', ['channels.0.value', 'timeZone']],
    ]);
    expect(rows[2]?.problems[0]?.message).toBe(
      'Enter the number in international format, e.g. +254 20 123 4567.',
    );

    const refused = await importAs(member, bad, true);
    expect(errorCodes(refused.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(refused)).toEqual(['rows.4.channels.0.value', 'rows.4.timeZone']);
    const none = await member.client.ok<{ relationship: { contacts: unknown[] } }>(REGISTRY, {
      id: pair.relationship.id,
      organizationId: pair.authority.organization.id,
    });
    expect(none.relationship.contacts).toEqual([]);

    const saved = await importAs(member, [HEADER, ...GOOD_ROWS].join('\n'), true);
    expect(saved.data?.importContactPoints).toMatchObject({ valid: true, imported: 2 });
    const registry = await pair.company.owner.client.ok<{
      relationship: {
        contacts: {
          name: string;
          verificationStatus: string;
          lastVerifiedAt: null;
          revisions: { change: string }[];
        }[];
      };
    }>(REGISTRY, { id: pair.relationship.id, organizationId: pair.authority.organization.id });
    expect(
      registry.relationship.contacts.map((c) => [c.name, c.verificationStatus, c.lastVerifiedAt]),
    ).toEqual([
      ['Duty desk', 'UNVERIFIED', null],
      ['Legal team', 'UNVERIFIED', null],
    ]);
    expect(registry.relationship.contacts[0]?.revisions[0]?.change).toMatch(/^imported: name: Duty desk/);
  });

  it('refuses importing into the other side or as a VIEWER (FORBIDDEN), and malformed CSV (BAD_USER_INPUT on csv)', async () => {
    const csv = [HEADER, ...GOOD_ROWS].join('\n');
    expect(
      errorCodes((await importAs(pair.company.withRole(MembershipRole.MEMBER), csv, false)).errors),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes((await importAs(pair.authority.withRole(MembershipRole.VIEWER), csv, false)).errors),
    ).toEqual(['FORBIDDEN']);
    const malformed = await importAs(
      pair.authority.withRole(MembershipRole.MEMBER),
      `${HEADER}\n"unterminated,quote`,
      false,
    );
    expect(fieldsOf(malformed)).toEqual(['csv']);
  });

  it('exports CSV (formula-safe) and vCard 4.0 that parses back, each export audited for both organisations', async () => {
    const member = pair.company.withRole(MembershipRole.MEMBER);
    await ContactPointFactory.create({ name: '=cmd|calc', escalationTier: EscalationTier.CRITICAL }).addBy(
      member.client,
      pair.relationship.id,
      pair.company.organization.id,
    );
    const viewer = pair.authority.withRole(MembershipRole.VIEWER);
    const csv = await viewer.client.ok<{
      exportContactPoints: { mimeType: string; content: string; count: number };
    }>(EXPORT, {
      input: {
        relationshipId: pair.relationship.id,
        organizationId: pair.company.organization.id,
        format: 'CSV',
      },
    });
    expect(csv.exportContactPoints.mimeType).toBe('text/csv');
    expect(csv.exportContactPoints.count).toBe(1);
    expect(csv.exportContactPoints.content).toContain("'=cmd|calc");
    expect(csv.exportContactPoints.content).toContain("'+254201234567");

    const vcard = await viewer.client.ok<{ exportContactPoints: { content: string; count: number } }>(
      EXPORT,
      {
        input: { relationshipId: pair.relationship.id, format: 'VCARD' },
      },
    );
    expect(vcard.exportContactPoints.count).toBe(3);
    const cards = parse(vcard.exportContactPoints.content);
    expect(Array.isArray(cards) ? cards.length : 1).toBe(3);

    const audit = (await t.db.query(
      `SELECT organization_id, actor_id FROM audit_events WHERE action = 'contacts.exported' AND target_id = $1`,
      [pair.relationship.id],
    )) as { organization_id: string; actor_id: string }[];
    expect(audit).toHaveLength(4);
    expect(new Set(audit.map((row) => row.organization_id))).toEqual(
      new Set([pair.company.organization.id, pair.authority.organization.id]),
    );

    const outsider = await (
      await signUpPerson(t)
    ).client.gql(EXPORT, { input: { relationshipId: pair.relationship.id, format: 'CSV' } });
    expect(errorCodes(outsider.errors)).toEqual(['NOT_FOUND']);
  });

  it('exports one contact as a vCard, and never a contact of another relationship named with this one', async () => {
    const { contact: one } = await ContactPointFactory.create({ name: 'Single card' }).addByMemberOf(
      pair.company,
      pair.relationship.id,
    );
    const exportOne = (relationshipId: string, contactPointId: string) =>
      pair.authority
        .withRole(MembershipRole.VIEWER)
        .client.ok<{ exportContactPoints: { content: string; count: number } }>(EXPORT, {
          input: { relationshipId, contactPointId, format: 'VCARD' },
        });
    const card = await exportOne(pair.relationship.id, one.id);
    expect(card.exportContactPoints.count).toBe(1);
    const parsed = parse(card.exportContactPoints.content);
    expect(Array.isArray(parsed)).toBe(false);
    expect(card.exportContactPoints.content).toContain('FN:Single card');

    // A relationship the reader is part of, and a contact id from another one: nothing comes out.
    const elsewhere = await relationshipPair(t, platformAdmin);
    const hidden = await ContactPointFactory.create({ name: 'Not yours' }).addBy(
      elsewhere.company.owner.client,
      elsewhere.relationship.id,
      elsewhere.company.organization.id,
    );
    const leak = await exportOne(pair.relationship.id, hidden.id);
    expect(leak.exportContactPoints).toMatchObject({ content: '', count: 0 });
  });
});
