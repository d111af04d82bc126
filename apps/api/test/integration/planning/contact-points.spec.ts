import { MembershipRole } from '@ecw/domain';
import { ContactPointFactory } from '../../factories/contact-point.factory.js';
import { signUpPerson, type Person } from '../../factories/organization.factory.js';
import { relationshipPair, type Pair } from '../../factories/relationship.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type GqlResult } from '../../support/test-client.js';

const REGISTRY = `query ($id: ID!, $organizationId: ID) {
  relationship(id: $id) {
    contacts(organizationId: $organizationId) {
      id name title languages timeZone escalationTier verificationStatus lastVerifiedAt
      channels { kind value preferred } organization { id } relationship { id }
      revisions { change changedBy { id } }
    }
  }
}`;
const ADD = `mutation ($input: AddContactPointInput!) { addContactPoint(input: $input) { id channels { kind value preferred } languages } }`;
const UPDATE = `mutation ($input: UpdateContactPointInput!) { updateContactPoint(input: $input) { id title revisions { change } } }`;
const VERIFY = `mutation ($id: ID!) { verifyContactPoint(id: $id) { id verificationStatus lastVerifiedAt } }`;
const REMOVE = `mutation ($id: ID!) { removeContactPoint(id: $id) }`;
const ERASE = `mutation ($input: EraseContactPointInput!) { eraseContactPoint(input: $input) }`;
const END = `mutation ($id: ID!) { endRelationship(id: $id) { status } }`;

interface RegistryContact {
  id: string;
  name: string;
  title: string | null;
  escalationTier: string;
  verificationStatus: string;
  organization: { id: string };
  revisions: { change: string; changedBy: { id: string } | null }[];
}

function fieldsOf(result: Pick<GqlResult, 'errors'>): string[] {
  const fieldErrors = (result.errors?.[0]?.extensions?.['fieldErrors'] ?? []) as { field: string }[];
  return fieldErrors.map((error) => error.field).sort();
}

describe('contact points: each side writes its own, both read both, every change a revision', () => {
  let t: TestApi;
  let platformAdmin: Person;
  let stranger: Person;
  let pair: Pair;

  const registry = async (person: Person, organizationId?: string) =>
    (
      await person.client.ok<{ relationship: { contacts: RegistryContact[] } }>(REGISTRY, {
        id: pair.relationship.id,
        organizationId,
      })
    ).relationship.contacts;
  const latestReads = async () =>
    (await t.db.query(
      `SELECT organization_id, actor_id, metadata FROM audit_events WHERE action = 'contacts.read' AND target_id = $1 ORDER BY at DESC, id LIMIT 2`,
      [pair.relationship.id],
    )) as { organization_id: string; actor_id: string; metadata: unknown }[];
  const countContacts = async () =>
    (
      (await t.db.query(`SELECT count(*)::int AS n FROM contact_points WHERE relationship_id = $1`, [
        pair.relationship.id,
      ])) as [{ n: number }]
    )[0].n;

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t);
    stranger = await signUpPerson(t);
    pair = await relationshipPair(t, platformAdmin);
  });
  afterAll(() => t.close());

  it('a MEMBER adds to its own side (normalised channels, FRESH); both sides read both, strongest tier first', async () => {
    const companyMember = pair.company.withRole(MembershipRole.MEMBER);
    const authorityMember = pair.authority.withRole(MembershipRole.MEMBER);
    const added = await companyMember.client.ok<{
      addContactPoint: { channels: unknown[]; languages: string[] };
    }>(ADD, {
      input: {
        relationshipId: pair.relationship.id,
        organizationId: pair.company.organization.id,
        ...ContactPointFactory.create({
          name: 'Trust & Safety desk',
          escalationTier: 'CRITICAL' as never,
          languages: ['EN-gb', 'fr'],
          channels: [
            { kind: 'SIGNAL' as never, value: '+254 712 345 678', preferred: true },
            { kind: 'TELEGRAM' as never, value: 'ts_desk_ke' },
            { kind: 'SECURE_PORTAL' as never, value: 'https://portal.example.com/report' },
          ],
        }).build(),
      },
    });
    expect(added.addContactPoint).toEqual({
      id: expect.any(String),
      channels: [
        { kind: 'SIGNAL', value: '+254712345678', preferred: true },
        { kind: 'TELEGRAM', value: '@ts_desk_ke', preferred: false },
        { kind: 'SECURE_PORTAL', value: 'https://portal.example.com/report', preferred: false },
      ],
      languages: ['en-GB', 'fr'],
    });
    await ContactPointFactory.create({
      name: 'Voter information line',
      escalationTier: 'ROUTINE' as never,
    }).addBy(authorityMember.client, pair.relationship.id, pair.authority.organization.id);
    for (const reader of [pair.company.withRole(MembershipRole.VIEWER), authorityMember]) {
      const contacts = await registry(reader);
      expect(contacts.map((c) => [c.name, c.escalationTier, c.verificationStatus])).toEqual([
        ['Trust & Safety desk', 'CRITICAL', 'FRESH'],
        ['Voter information line', 'ROUTINE', 'FRESH'],
      ]);
      expect(contacts[0]?.revisions).toEqual([
        {
          change: expect.stringMatching(
            /^created: name: Trust & Safety desk; title: Duty officer; channels: SIGNAL \+254712345678 \(preferred\)/,
          ),
          changedBy: { id: companyMember.userId },
        },
      ]);
    }
    const authoritySide = await registry(authorityMember, pair.authority.organization.id);
    expect(authoritySide.map((c) => c.name)).toEqual(['Voter information line']);
    // Each contact names its own side (carried from the relationship's two organisations).
    const both = await registry(authorityMember);
    expect(both.map((c) => [c.name, c.organization.id])).toEqual([
      ['Trust & Safety desk', pair.company.organization.id],
      ['Voter information line', pair.authority.organization.id],
    ]);
  });

  it('audits every registry read for both organisations', async () => {
    const before = (await t.db.query(
      `SELECT organization_id FROM audit_events WHERE action = 'contacts.read' AND target_id = $1`,
      [pair.relationship.id],
    )) as unknown[];
    const contacts = await registry(pair.authority.withRole(MembershipRole.VIEWER));
    const after = await latestReads();
    expect(after.length - 0).toBe(2);
    expect(after.map((row) => row.organization_id).sort()).toEqual(
      [pair.company.organization.id, pair.authority.organization.id].sort(),
    );
    expect(after.every((row) => row.actor_id === pair.authority.withRole(MembershipRole.VIEWER).userId)).toBe(
      true,
    );
    expect(after.map((row) => row.metadata)).toEqual([
      { side: 'both', contacts: contacts.length },
      { side: 'both', contacts: contacts.length },
    ]);
    expect(before.length % 2).toBe(0);
    // One side's registry is audited for both organisations too, naming the side and what it held.
    const side = pair.company.organization.id;
    const sideContacts = await registry(pair.authority.withRole(MembershipRole.VIEWER), side);
    expect(sideContacts.length).toBeGreaterThan(0);
    expect(sideContacts.every((contact) => contact.organization.id === side)).toBe(true);
    expect((await latestReads()).map((row) => row.metadata)).toEqual([
      { side, contacts: sideContacts.length },
      { side, contacts: sideContacts.length },
    ]);
  });

  it('refuses writing the other side’s contacts, writing as a VIEWER (FORBIDDEN), and outsiders (NOT_FOUND), saving nothing', async () => {
    const before = await countContacts();
    const input = (organizationId: string) => ({
      input: {
        relationshipId: pair.relationship.id,
        organizationId,
        ...ContactPointFactory.create().build(),
      },
    });
    const otherSide = await pair.company
      .withRole(MembershipRole.MEMBER)
      .client.gql(ADD, input(pair.authority.organization.id));
    expect(errorCodes(otherSide.errors)).toEqual(['FORBIDDEN']);
    const viewer = await pair.company
      .withRole(MembershipRole.VIEWER)
      .client.gql(ADD, input(pair.company.organization.id));
    expect(errorCodes(viewer.errors)).toEqual(['FORBIDDEN']);
    const outsider = await stranger.client.gql(ADD, input(pair.company.organization.id));
    expect(errorCodes(outsider.errors)).toEqual(['NOT_FOUND']);
    const read = await stranger.client.gql<{ relationship: null }>(REGISTRY, { id: pair.relationship.id });
    expect(errorCodes(read.errors)).toEqual(['NOT_FOUND']);
    expect(await countContacts()).toBe(before);

    const authorityContact = (await registry(pair.company.owner, pair.authority.organization.id))[0];
    const update = await pair.company.owner.client.gql(UPDATE, {
      input: { id: authorityContact?.id, title: 'Mine now' },
    });
    expect(errorCodes(update.errors)).toEqual(['FORBIDDEN']);
  });

  it('validates channels per kind, one preferred, BCP-47, IANA and validity order, naming each field and saving nothing', async () => {
    const before = await countContacts();
    const result = await pair.company.withRole(MembershipRole.MEMBER).client.gql(ADD, {
      input: {
        relationshipId: pair.relationship.id,
        organizationId: pair.company.organization.id,
        ...ContactPointFactory.create({
          channels: [
            { kind: 'PHONE' as never, value: '0712 345 678', preferred: true },
            { kind: 'EMAIL' as never, value: 'not-an-address' },
            { kind: 'TELEGRAM' as never, value: '@ab' },
            { kind: 'SECURE_PORTAL' as never, value: 'http://portal.example.com' },
            { kind: 'WHATSAPP' as never, value: '+1 555 0100' },
          ],
          languages: ['en', 'not a tag!'],
          timeZone: 'Mars/Olympus',
          validFrom: '2026-06-01',
          validUntil: '2026-05-01',
        }).build(),
      },
    });
    expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(result)).toEqual([
      'channels.0.value',
      'channels.1.value',
      'channels.2.value',
      'channels.3.value',
      'channels.4.value',
      'languages.1',
      'timeZone',
      'validUntil',
    ]);
    const twoPreferred = await pair.company.withRole(MembershipRole.MEMBER).client.gql(ADD, {
      input: {
        relationshipId: pair.relationship.id,
        organizationId: pair.company.organization.id,
        ...ContactPointFactory.create({
          channels: [
            { kind: 'EMAIL' as never, value: 'a@example.org', preferred: true },
            { kind: 'EMAIL' as never, value: 'b@example.org', preferred: true },
          ],
        }).build(),
      },
    });
    expect(fieldsOf(twoPreferred)).toEqual(['channels']);
    const none = await pair.company.withRole(MembershipRole.MEMBER).client.gql(ADD, {
      input: {
        relationshipId: pair.relationship.id,
        organizationId: pair.company.organization.id,
        ...ContactPointFactory.create({ channels: [] }).build(),
      },
    });
    expect(fieldsOf(none)).toEqual(['channels']);
    expect(await countContacts()).toBe(before);
  });

  it('checks an update like an entry (validity against the stored validFrom, channels, one preferred) and refuses a VIEWER updating, verifying or removing, changing nothing', async () => {
    const { member, contact } = await ContactPointFactory.create({ validFrom: '2026-06-01' }).addByMemberOf(
      pair.company,
      pair.relationship.id,
    );
    const stored = async () =>
      (await t.db.query(
        `SELECT c.valid_until, c.channels, c.last_verified_at,
                (SELECT count(*)::int FROM contact_revisions v WHERE v.contact_point_id = c.id) AS revisions
           FROM contact_points c WHERE c.id = $1`,
        [contact.id],
      )) as unknown[];
    const before = await stored();

    const backwards = await member.client.gql(UPDATE, {
      input: { id: contact.id, validUntil: '2026-05-31' },
    });
    expect(errorCodes(backwards.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(backwards)).toEqual(['validUntil']);
    const localNumber = await member.client.gql(UPDATE, {
      input: { id: contact.id, channels: [{ kind: 'SMS', value: '0712 345 678' }] },
    });
    expect(fieldsOf(localNumber)).toEqual(['channels.0.value']);
    for (const preferred of [
      [true, true],
      [false, false],
    ]) {
      const result = await member.client.gql(UPDATE, {
        input: {
          id: contact.id,
          channels: [
            { kind: 'EMAIL', value: 'a@example.org', preferred: preferred[0] },
            { kind: 'EMAIL', value: 'b@example.org', preferred: preferred[1] },
          ],
        },
      });
      expect(fieldsOf(result)).toEqual(['channels']);
    }

    const viewer = pair.company.withRole(MembershipRole.VIEWER);
    const refused = [
      await viewer.client.gql(UPDATE, { input: { id: contact.id, title: 'Viewer was here' } }),
      await viewer.client.gql(VERIFY, { id: contact.id }),
      await viewer.client.gql(REMOVE, { id: contact.id }),
    ];
    expect(refused.map((result) => errorCodes(result.errors))).toEqual([
      ['FORBIDDEN'],
      ['FORBIDDEN'],
      ['FORBIDDEN'],
    ]);
    expect(await stored()).toEqual(before);
  });

  it('records each change as a revision naming the contract fields; verify and remove too, keeping the revisions', async () => {
    const { member, contact } = await ContactPointFactory.create({ title: 'Duty officer' }).addByMemberOf(
      pair.company,
      pair.relationship.id,
    );
    const updated = await member.client.ok<{
      updateContactPoint: { title: string; revisions: { change: string }[] };
    }>(UPDATE, {
      input: { id: contact.id, title: 'Head of ICT security', availability: null },
    });
    expect(updated.updateContactPoint.title).toBe('Head of ICT security');
    expect(updated.updateContactPoint.revisions[0]?.change).toBe(
      'title: Duty officer → Head of ICT security; availability: Mon–Fri 08:00–18:00 → —',
    );
    const unchanged = await member.client.ok<{ updateContactPoint: { revisions: unknown[] } }>(UPDATE, {
      input: { id: contact.id, title: 'Head of ICT security' },
    });
    expect(unchanged.updateContactPoint.revisions).toHaveLength(2);

    const verified = await pair.company
      .withRole(MembershipRole.ADMIN)
      .client.ok<{ verifyContactPoint: { verificationStatus: string } }>(VERIFY, { id: contact.id });
    expect(verified.verifyContactPoint.verificationStatus).toBe('FRESH');

    expect(
      (await member.client.ok<{ removeContactPoint: boolean }>(REMOVE, { id: contact.id }))
        .removeContactPoint,
    ).toBe(true);
    const remaining = await registry(member);
    expect(remaining.map((c) => c.id)).not.toContain(contact.id);
    const trail = (await t.db.query(
      `SELECT kind, change FROM contact_revisions WHERE contact_point_id = $1 ORDER BY changed_at`,
      [contact.id],
    )) as { kind: string; change: string }[];
    expect(trail.map((row) => row.kind)).toEqual(['CREATED', 'UPDATED', 'VERIFIED', 'REMOVED']);
  });

  it('erasure (OWNER/ADMIN of the side) removes the personal data from revisions; the audit keeps that it happened', async () => {
    const { member, contact } = await ContactPointFactory.create({ name: 'Wanjiku Kamau' }).addByMemberOf(
      pair.company,
      pair.relationship.id,
    );
    const byMember = await member.client.gql(ERASE, { input: { contactPointId: contact.id } });
    expect(errorCodes(byMember.errors)).toEqual(['FORBIDDEN']);
    const byOtherSide = await pair.authority.owner.client.gql(ERASE, {
      input: { contactPointId: contact.id },
    });
    expect(errorCodes(byOtherSide.errors)).toEqual(['FORBIDDEN']);
    await pair.company.owner.client.ok(ERASE, { input: { contactPointId: contact.id } });
    const left = (await t.db.query(`SELECT change FROM contact_revisions WHERE contact_point_id = $1`, [
      contact.id,
    ])) as { change: string }[];
    expect(left).toEqual([{ change: 'personal data erased' }]);
    const everything = JSON.stringify(
      await t.db.query(
        `SELECT * FROM contact_points, contact_revisions WHERE contact_points.id = $1 OR contact_revisions.change LIKE '%Wanjiku%'`,
        [contact.id],
      ),
    );
    expect(everything).not.toContain('Wanjiku');
    const audit = (await t.db.query(
      `SELECT action, metadata FROM audit_events WHERE target_id = $1 ORDER BY at`,
      [contact.id],
    )) as { action: string; metadata: unknown }[];
    expect(audit.map((row) => row.action)).toEqual(['contact.created', 'contact.erased']);
    expect(JSON.stringify(audit)).not.toContain('Wanjiku');
  });

  it('an ENDED relationship is read-only history: no new contacts, no edit, verification or removal (CONFLICT)', async () => {
    const ended = await relationshipPair(t, platformAdmin);
    const member = ended.company.withRole(MembershipRole.MEMBER);
    const contact = await ContactPointFactory.create().addBy(
      member.client,
      ended.relationship.id,
      ended.company.organization.id,
    );
    await ended.authority.owner.client.ok(END, { id: ended.relationship.id });
    const add = await member.client.gql(ADD, {
      input: {
        relationshipId: ended.relationship.id,
        organizationId: ended.company.organization.id,
        ...ContactPointFactory.create().build(),
      },
    });
    expect(errorCodes(add.errors)).toEqual(['CONFLICT']);
    const verify = await member.client.gql(VERIFY, { id: contact.id });
    expect(errorCodes(verify.errors)).toEqual(['CONFLICT']);
    const update = await member.client.gql(UPDATE, { input: { id: contact.id, title: 'After the end' } });
    expect(errorCodes(update.errors)).toEqual(['CONFLICT']);
    const remove = await member.client.gql(REMOVE, { id: contact.id });
    expect(errorCodes(remove.errors)).toEqual(['CONFLICT']);
    const read = await member.client.ok<{
      relationship: { contacts: { id: string; title: string | null }[] };
    }>(REGISTRY, { id: ended.relationship.id });
    expect(read.relationship.contacts.map((c) => c.id)).toEqual([contact.id]);
    expect(read.relationship.contacts[0]?.title).not.toBe('After the end');
  });
});
