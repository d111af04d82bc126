import { ChannelKind, EscalationTier, MembershipRole } from '@ecw/domain';
import { ContactPointFactory } from '../../factories/contact-point.factory.js';
import { ElectionFactory, daysFromToday } from '../../factories/election.factory.js';
import { signUpPerson, type Person } from '../../factories/organization.factory.js';
import {
  acceptRelationship,
  proposeRelationship,
  relationshipPair,
} from '../../factories/relationship.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';

const ESCALATION = `query ($electionId: ID!) {
  escalation(electionId: $electionId) {
    contact { name escalationTier organization { id } }
    preferredChannel { kind value }
    contactTimeZone contactLocalTime viewerTimeZone viewerLocalTime
  }
}`;

describe('escalation view: CRITICAL contacts of the election’s active relationships, preferred channel, both clocks', () => {
  let t: TestApi;
  let platformAdmin: Person;

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t);
  });
  afterAll(() => t.close());

  it('lists only CRITICAL contacts of ACTIVE relationships the viewer is part of, with their preferred channel and local times', async () => {
    const creator = await signUpPerson(t);
    const active = await relationshipPair(t, platformAdmin);
    const election = await ElectionFactory.create({ timeZone: 'Africa/Nairobi' }).createBy(
      active.company.withRole(MembershipRole.MEMBER).client,
    );
    const scoped = await relationshipPair(t, platformAdmin, { electionId: election.id });
    const pending = await relationshipPair(t, platformAdmin, { electionId: election.id, pending: true });
    const authorityMember = scoped.authority.withRole(MembershipRole.MEMBER);
    await ContactPointFactory.create({
      name: 'Polling-day desk',
      escalationTier: EscalationTier.CRITICAL,
      timeZone: null,
      channels: [
        { kind: ChannelKind.EMAIL, value: 'desk@example.org' },
        { kind: ChannelKind.WHATSAPP, value: '+254 712 345 678', preferred: true },
      ],
    }).addBy(authorityMember.client, scoped.relationship.id, scoped.authority.organization.id);
    await ContactPointFactory.create({ name: 'Routine line', escalationTier: EscalationTier.ROUTINE }).addBy(
      authorityMember.client,
      scoped.relationship.id,
      scoped.authority.organization.id,
    );
    await ContactPointFactory.create({ name: 'Pending desk', escalationTier: EscalationTier.CRITICAL }).addBy(
      pending.company.owner.client,
      pending.relationship.id,
      pending.company.organization.id,
    );

    const seen = await scoped.company
      .withRole(MembershipRole.VIEWER)
      .client.ok<{ escalation: Record<string, unknown>[] }>(ESCALATION, { electionId: election.id });
    expect(seen.escalation).toEqual([
      {
        contact: {
          name: 'Polling-day desk',
          escalationTier: 'CRITICAL',
          organization: { id: scoped.authority.organization.id },
        },
        preferredChannel: { kind: 'WHATSAPP', value: '+254712345678' },
        contactTimeZone: 'Africa/Nairobi',
        contactLocalTime: expect.stringMatching(/^\d{2}:\d{2}$/),
        viewerTimeZone: 'UTC',
        viewerLocalTime: expect.stringMatching(/^\d{2}:\d{2}$/),
      },
    ]);
    const entry = seen.escalation[0] as { contactLocalTime: string; viewerLocalTime: string };
    const hours = (clock: string) => Number(clock.slice(0, 2));
    expect((hours(entry.contactLocalTime) - hours(entry.viewerLocalTime) + 24) % 24).toBe(3);

    const outsider = await creator.client.ok<{ escalation: unknown[] }>(ESCALATION, {
      electionId: election.id,
    });
    expect(outsider.escalation).toEqual([]);
  });

  it('leaves out contacts whose validity has ended or not begun: a desk must not call them', async () => {
    const host = await relationshipPair(t, platformAdmin);
    const election = await ElectionFactory.create().createBy(
      host.company.withRole(MembershipRole.MEMBER).client,
    );
    const scoped = await relationshipPair(t, platformAdmin, { electionId: election.id });
    // Two days either side of today, so the election's zone cannot move a date across today.
    const validity = {
      'Expired line': { validFrom: daysFromToday(-30), validUntil: daysFromToday(-2) },
      'Not yet line': { validFrom: daysFromToday(2), validUntil: null },
      'Current line': { validFrom: daysFromToday(-2), validUntil: daysFromToday(2) },
      'Open-ended line': { validFrom: null, validUntil: null },
    };
    for (const [name, dates] of Object.entries(validity)) {
      await ContactPointFactory.create({ name, escalationTier: EscalationTier.CRITICAL, ...dates }).addBy(
        scoped.authority.owner.client,
        scoped.relationship.id,
        scoped.authority.organization.id,
      );
    }

    const seen = await scoped.company
      .withRole(MembershipRole.VIEWER)
      .client.ok<{ escalation: { contact: { name: string } }[] }>(ESCALATION, { electionId: election.id });
    expect(seen.escalation.map((entry) => entry.contact.name).sort()).toEqual([
      'Current line',
      'Open-ended line',
    ]);
  });

  it('includes general channels that concern the election, after its own, so a cut drops them first', async () => {
    // A company's general (unscoped) channel with the commission that runs the election.
    const commission = await relationshipPair(t, platformAdmin);
    const election = await ElectionFactory.create({
      authorityOrganizationId: commission.authority.organization.id,
    }).createBy(commission.authority.withRole(MembershipRole.MEMBER).client);
    const company = commission.company;
    const critical = (name: string) =>
      ContactPointFactory.create({ name, escalationTier: EscalationTier.CRITICAL });
    await critical('Commission duty desk').addBy(
      commission.authority.owner.client,
      commission.relationship.id,
      commission.authority.organization.id,
    );
    // The same company with another organisation: a general channel once that one takes part in the
    // election (through a relationship scoped to it), and its election-scoped one.
    const partner = await relationshipPair(t, platformAdmin, { electionId: election.id });
    const scoped = await proposeRelationship(
      company.owner.client,
      company.organization.id,
      partner.authority.organization.id,
      { electionId: election.id },
    );
    await acceptRelationship(partner.authority.owner.client, scoped.id);
    const general = await proposeRelationship(
      company.owner.client,
      company.organization.id,
      partner.authority.organization.id,
    );
    await acceptRelationship(partner.authority.owner.client, general.id);
    await critical('Partner general line').addBy(
      partner.authority.owner.client,
      general.id,
      partner.authority.organization.id,
    );
    await critical('Partner polling-day line').addBy(
      partner.authority.owner.client,
      scoped.id,
      partner.authority.organization.id,
    );
    // A general channel with an organisation that has no part in this election stays out.
    const stranger = await relationshipPair(t, platformAdmin);
    const unrelated = await proposeRelationship(
      company.owner.client,
      company.organization.id,
      stranger.authority.organization.id,
    );
    await acceptRelationship(stranger.authority.owner.client, unrelated.id);
    await critical('Unrelated line').addBy(
      stranger.authority.owner.client,
      unrelated.id,
      stranger.authority.organization.id,
    );

    const viewer = company.withRole(MembershipRole.VIEWER).client;
    const names = async (first?: number) =>
      (
        await viewer.ok<{ escalation: { contact: { name: string } }[] }>(
          `query ($electionId: ID!, $first: Int) { escalation(electionId: $electionId, first: $first) { contact { name } } }`,
          { electionId: election.id, first },
        )
      ).escalation.map((entry) => entry.contact.name);
    const all = await names();
    expect(all[0]).toBe('Partner polling-day line');
    expect(all.slice(1).sort()).toEqual(['Commission duty desk', 'Partner general line']);
    expect(await names(1)).toEqual(['Partner polling-day line']);
  });

  it('writes each read to the audit log of both organisations of every relationship it shows', async () => {
    const host = await relationshipPair(t, platformAdmin);
    const election = await ElectionFactory.create().createBy(
      host.company.withRole(MembershipRole.MEMBER).client,
    );
    const first = await relationshipPair(t, platformAdmin, { electionId: election.id });
    const second = await relationshipPair(t, platformAdmin, { electionId: election.id });
    for (const pair of [first, second]) {
      await ContactPointFactory.create({ escalationTier: EscalationTier.CRITICAL }).addBy(
        pair.authority.owner.client,
        pair.relationship.id,
        pair.authority.organization.id,
      );
    }
    await ContactPointFactory.create({ escalationTier: EscalationTier.CRITICAL }).addBy(
      first.company.owner.client,
      first.relationship.id,
      first.company.organization.id,
    );
    const reads = async () =>
      (await t.db.query(
        `SELECT organization_id, target_id, actor_id, metadata FROM audit_events
          WHERE action = 'contacts.read' AND target_id = ANY($1::uuid[])
          ORDER BY target_id, organization_id`,
        [[first.relationship.id, second.relationship.id]],
      )) as { organization_id: string; target_id: string; actor_id: string; metadata: unknown }[];
    expect(await reads()).toEqual([]);

    const reader = first.company.withRole(MembershipRole.VIEWER);
    const seen = await reader.client.ok<{ escalation: unknown[] }>(ESCALATION, { electionId: election.id });
    expect(seen.escalation).toHaveLength(2);
    const sides = [first.company.organization.id, first.authority.organization.id].sort();
    expect(await reads()).toEqual(
      sides.map((organizationId) => ({
        organization_id: organizationId,
        target_id: first.relationship.id,
        actor_id: reader.userId,
        metadata: { side: 'both', view: 'escalation', contacts: 2 },
      })),
    );

    // A viewer who sees none of them reads nothing, and nothing is written.
    const outsider = await signUpPerson(t);
    await outsider.client.ok(ESCALATION, { electionId: election.id });
    expect(await reads()).toHaveLength(2);
  });
});
