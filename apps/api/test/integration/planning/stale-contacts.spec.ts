import { MembershipRole } from '@ecw/domain';
import { StaleContactsService } from '../../../src/planning/contacts/stale-contacts.service.js';
import { ContactPointFactory } from '../../factories/contact-point.factory.js';
import { ElectionFactory, daysFromToday } from '../../factories/election.factory.js';
import { signUpPerson, type Person } from '../../factories/organization.factory.js';
import { relationshipPair, type Pair } from '../../factories/relationship.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes } from '../../support/test-client.js';

const STALE = `query ($organizationId: ID!) { staleContacts(organizationId: $organizationId) { id verificationStatus lastVerifiedAt } }`;
const REGISTRY = `query ($id: ID!) { relationship(id: $id) { staleAfterDays contacts { id verificationStatus } } }`;
const VERIFY = `mutation ($id: ID!) { verifyContactPoint(id: $id) { verificationStatus } }`;
const INBOX = `{ notifications(first: 20) { edges { node { kind message link } } } }`;
const IMPORT = `mutation ($input: ImportContactPointsInput!) { importContactPoints(input: $input) { imported } }`;
const NAMED = `query ($id: ID!) { relationship(id: $id) { contacts { id name } } }`;

const DAY_MS = 86_400_000;
const later = (days: number) => new Date(Date.now() + days * DAY_MS);

describe('freshness: STALE after 90 days, or 14 in the election period; the daily job tells the owning side once', () => {
  let t: TestApi;
  let platformAdmin: Person;
  let plain: Pair;
  let nearElection: Pair;
  let job: StaleContactsService;

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t);
    plain = await relationshipPair(t, platformAdmin);
    const election = await ElectionFactory.create({ electionDay: daysFromToday(10) }).createBy(
      plain.company.withRole(MembershipRole.MEMBER).client,
    );
    nearElection = await relationshipPair(t, platformAdmin, { electionId: election.id });
    job = t.api.app.get(StaleContactsService);
  });
  afterAll(() => t.close());

  /** Moves a contact's last verification into the past: time passing, which the API cannot do. */
  const verifiedDaysAgo = (contactId: string, days: number) =>
    t.db.query(
      `UPDATE contact_points SET last_verified_at = now() - make_interval(days => $2) WHERE id = $1`,
      [contactId, days],
    );

  it('computes STALE per relationship (90 days, or 14 near polling day) and lists them for members only', async () => {
    const member = plain.company.withRole(MembershipRole.MEMBER);
    const old = await ContactPointFactory.create().addBy(
      member.client,
      plain.relationship.id,
      plain.company.organization.id,
    );
    const recent = await ContactPointFactory.create().addBy(
      member.client,
      plain.relationship.id,
      plain.company.organization.id,
    );
    const nearMember = nearElection.company.withRole(MembershipRole.MEMBER);
    const near = await ContactPointFactory.create().addBy(
      nearMember.client,
      nearElection.relationship.id,
      nearElection.company.organization.id,
    );
    await verifiedDaysAgo(old.id, 91);
    await verifiedDaysAgo(recent.id, 20);
    await verifiedDaysAgo(near.id, 20);

    const registry = await member.client.ok<{
      relationship: { staleAfterDays: number; contacts: { id: string; verificationStatus: string }[] };
    }>(REGISTRY, { id: plain.relationship.id });
    expect(registry.relationship.staleAfterDays).toBe(90);
    expect(
      Object.fromEntries(registry.relationship.contacts.map((c) => [c.id, c.verificationStatus])),
    ).toEqual({
      [old.id]: 'STALE',
      [recent.id]: 'FRESH',
    });
    const nearRegistry = await nearMember.client.ok<{
      relationship: { staleAfterDays: number; contacts: { verificationStatus: string }[] };
    }>(REGISTRY, { id: nearElection.relationship.id });
    expect(nearRegistry.relationship).toEqual({
      staleAfterDays: 14,
      contacts: [{ id: near.id, verificationStatus: 'STALE' }],
    });

    const listed = await plain.company
      .withRole(MembershipRole.VIEWER)
      .client.ok<{ staleContacts: { id: string; verificationStatus: string }[] }>(STALE, {
        organizationId: plain.company.organization.id,
      });
    expect(listed.staleContacts.map((c) => [c.id, c.verificationStatus])).toEqual([[old.id, 'STALE']]);

    const otherSide = await plain.authority.owner.client.gql(STALE, {
      organizationId: plain.company.organization.id,
    });
    expect(errorCodes(otherSide.errors)).toEqual(['FORBIDDEN']);

    await member.client.ok(VERIFY, { id: old.id });
    const after = await member.client.ok<{ staleContacts: unknown[] }>(STALE, {
      organizationId: plain.company.organization.id,
    });
    expect(after.staleContacts).toEqual([]);
  });

  it('lists and notifies an imported contact nobody verified once it is older than the window, still UNVERIFIED', async () => {
    const pair = await relationshipPair(t, platformAdmin);
    const member = pair.authority.withRole(MembershipRole.MEMBER);
    await member.client.ok(IMPORT, {
      input: {
        relationshipId: pair.relationship.id,
        organizationId: pair.authority.organization.id,
        csv: [
          'name,escalationTier,preferred,email',
          'Old import,CRITICAL,EMAIL,old@example.org',
          'New import,ROUTINE,EMAIL,new@example.org',
        ].join('\n'),
        commit: true,
      },
    });
    const named = await member.client.ok<{ relationship: { contacts: { id: string; name: string }[] } }>(
      NAMED,
      {
        id: pair.relationship.id,
      },
    );
    const idOf = (name: string) => named.relationship.contacts.find((c) => c.name === name)?.id ?? '';
    const [oldId, newId] = [idOf('Old import'), idOf('New import')];
    // Imported 91 days ago: time passing, which the API cannot do.
    await t.db.query(
      `UPDATE contact_points SET created_at = now() - make_interval(days => 91) WHERE id = $1`,
      [oldId],
    );

    const listed = await member.client.ok<{
      staleContacts: { id: string; verificationStatus: string; lastVerifiedAt: string | null }[];
    }>(STALE, { organizationId: pair.authority.organization.id });
    expect(listed.staleContacts).toEqual([
      { id: oldId, verificationStatus: 'UNVERIFIED', lastVerifiedAt: null },
    ]);

    const marked = async () =>
      (
        (await t.db.query(
          `SELECT id FROM contact_points WHERE stale_notified_at IS NOT NULL AND id = ANY($1::uuid[])`,
          [[oldId, newId]],
        )) as { id: string }[]
      ).map((row) => row.id);
    await job.markStale(new Date());
    expect(await marked()).toEqual([oldId]);
    const inbox = await pair.authority.owner.client.ok<{
      notifications: { edges: { node: { kind: string; link: string } }[] };
    }>(INBOX);
    expect(
      inbox.notifications.edges
        .filter((edge) => edge.node.kind === 'planning.contactsStale')
        .map((e) => e.node.link),
    ).toEqual([`/relationships/${pair.relationship.id}`]);
    // The one imported today becomes overdue 90 days on, on the controlled clock.
    await job.markStale(later(91));
    expect((await marked()).sort()).toEqual([oldId, newId].sort());

    await member.client.ok(VERIFY, { id: oldId });
    const after = await member.client.ok<{ staleContacts: { id: string }[] }>(STALE, {
      organizationId: pair.authority.organization.id,
    });
    expect(after.staleContacts).toEqual([]);
  });

  it('the daily job, run with a controlled clock, marks each contact once and notifies the owning side’s admins', async () => {
    const pair = await relationshipPair(t, platformAdmin);
    const election = await ElectionFactory.create({ electionDay: daysFromToday(10) }).createBy(
      pair.company.withRole(MembershipRole.MEMBER).client,
    );
    const scoped = await relationshipPair(t, platformAdmin, { electionId: election.id });
    const everyday = await ContactPointFactory.create().addBy(
      pair.authority.withRole(MembershipRole.MEMBER).client,
      pair.relationship.id,
      pair.authority.organization.id,
    );
    const pollingDay = await ContactPointFactory.create().addBy(
      scoped.authority.withRole(MembershipRole.MEMBER).client,
      scoped.relationship.id,
      scoped.authority.organization.id,
    );
    const marked = () =>
      t.db.query(
        `SELECT id FROM contact_points WHERE stale_notified_at IS NOT NULL AND id = ANY($1::uuid[])`,
        [[everyday.id, pollingDay.id]],
      ) as Promise<{ id: string }[]>;

    // 20 days on, polling day is near: the 14-day window applies to the scoped relationship only.
    await job.markStale(later(20));
    expect((await marked()).map((row) => row.id)).toEqual([pollingDay.id]);

    // Two instances at once: the advisory lock lets one do the work; nothing is marked twice.
    const [first, second] = await Promise.all([job.markStale(later(91)), job.markStale(later(91))]);
    expect([first.ran, second.ran].filter(Boolean).length).toBeGreaterThanOrEqual(1);
    expect((await marked()).map((row) => row.id).sort()).toEqual([everyday.id, pollingDay.id].sort());
    expect((await job.markStale(later(92))).marked).toBe(0);

    const inbox = await pair.authority
      .withRole(MembershipRole.ADMIN)
      .client.ok<{ notifications: { edges: { node: { kind: string; message: string; link: string } }[] } }>(
        INBOX,
      );
    const notices = inbox.notifications.edges.filter((edge) => edge.node.kind === 'planning.contactsStale');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.node.message).toContain(
      `1 contact of ${pair.authority.organization.name} for ${pair.company.organization.name} needs to be verified again.`,
    );
    expect(notices[0]?.node.link).toBe(`/relationships/${pair.relationship.id}`);
    const companyInbox = await pair.company.owner.client.ok<{
      notifications: { edges: { node: { kind: string } }[] };
    }>(INBOX);
    expect(companyInbox.notifications.edges.map((edge) => edge.node.kind)).not.toContain(
      'planning.contactsStale',
    );
    const memberInbox = await pair.authority
      .withRole(MembershipRole.MEMBER)
      .client.ok<{ notifications: { edges: { node: { kind: string } }[] } }>(INBOX);
    expect(memberInbox.notifications.edges.map((edge) => edge.node.kind)).not.toContain(
      'planning.contactsStale',
    );
    const audit = (await t.db.query(
      `SELECT action FROM audit_events WHERE action = 'contacts.marked_stale' AND organization_id = $1`,
      [pair.authority.organization.id],
    )) as unknown[];
    expect(audit).toHaveLength(1);
  });
});
