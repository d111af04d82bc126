import { randomUUID } from 'node:crypto';
import { MembershipRole, OrganizationKind } from '@ecw/domain';
import { ElectionFactory, daysFromToday } from '../../factories/election.factory.js';
import {
  OrganizationFactory,
  organizationWithMembers,
  signUpPerson,
  type Person,
} from '../../factories/organization.factory.js';
import {
  acceptRelationship,
  proposeRelationship,
  relationshipPair,
} from '../../factories/relationship.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type GqlResult } from '../../support/test-client.js';

const RELATIONSHIP = `query ($id: ID!) {
  relationship(id: $id) {
    id status staleAfterDays createdAt organizations { id } requestedBy { id } election { id phase }
  }
}`;
const RELATIONSHIPS = `query ($organizationId: ID!) { relationships(organizationId: $organizationId) { id status } }`;
const PROPOSE = `mutation ($input: ProposeRelationshipInput!) { proposeRelationship(input: $input) { id status } }`;
const ACCEPT = `mutation ($id: ID!) { acceptRelationship(id: $id) { id status } }`;
const END = `mutation ($id: ID!) { endRelationship(id: $id) { id status } }`;
const INBOX = `{ notifications(first: 20) { edges { node { kind message link } } } }`;

const reasonOf = (result: Pick<GqlResult, 'errors'>) => result.errors?.[0]?.extensions?.['reason'];
function fieldsOf(result: Pick<GqlResult, 'errors'>): string[] {
  const fieldErrors = (result.errors?.[0]?.extensions?.['fieldErrors'] ?? []) as { field: string }[];
  return fieldErrors.map((error) => error.field);
}

describe('relationships: propose, accept, end, and who sees them', () => {
  let t: TestApi;
  let platformAdmin: Person;
  let stranger: Person;

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t);
    stranger = await signUpPerson(t);
  });
  afterAll(() => t.close());

  it('an ADMIN proposes (PENDING, the other side’s managers are notified with the note), only the other side accepts, audited for both', async () => {
    const { company, authority, relationship } = await relationshipPair(t, platformAdmin, {
      pending: true,
      note: 'Polling-day escalation desk',
    });
    expect(relationship.status).toBe('PENDING');
    const companyAdmin = company.withRole(MembershipRole.ADMIN);
    const inbox = await authority
      .withRole(MembershipRole.ADMIN)
      .client.ok<{ notifications: { edges: { node: { kind: string; message: string; link: string } }[] } }>(
        INBOX,
      );
    expect(inbox.notifications.edges[0]?.node).toMatchObject({
      kind: 'planning.relationshipProposed',
      link: `/relationships/${relationship.id}`,
    });
    expect(inbox.notifications.edges[0]?.node.message).toContain(company.organization.name);
    expect(inbox.notifications.edges[0]?.node.message).toContain('Polling-day escalation desk');

    const byProposer = await companyAdmin.client.gql(ACCEPT, { id: relationship.id });
    expect(errorCodes(byProposer.errors)).toEqual(['FORBIDDEN']);
    expect(reasonOf(byProposer)).toBe('RELATIONSHIP_RECIPIENT_ONLY');
    const byMember = await authority
      .withRole(MembershipRole.MEMBER)
      .client.gql(ACCEPT, { id: relationship.id });
    expect(errorCodes(byMember.errors)).toEqual(['FORBIDDEN']);

    const accepted = await acceptRelationship(
      authority.withRole(MembershipRole.ADMIN).client,
      relationship.id,
    );
    expect(accepted.status).toBe('ACTIVE');
    const again = await authority.owner.client.gql(ACCEPT, { id: relationship.id });
    expect(errorCodes(again.errors)).toEqual(['CONFLICT']);

    const proposerInbox = await company.owner.client.ok<{
      notifications: { edges: { node: { kind: string } }[] };
    }>(INBOX);
    expect(proposerInbox.notifications.edges.map((edge) => edge.node.kind)).toContain(
      'planning.relationshipAccepted',
    );

    const audit = (await t.db.query(
      `SELECT action, organization_id FROM audit_events WHERE target_id = $1 ORDER BY action, organization_id`,
      [relationship.id],
    )) as { action: string; organization_id: string }[];
    const sides = [company.organization.id, authority.organization.id].sort();
    expect(audit).toEqual([
      { action: 'relationship.accepted', organization_id: sides[0] },
      { action: 'relationship.accepted', organization_id: sides[1] },
      { action: 'relationship.proposed', organization_id: sides[0] },
      { action: 'relationship.proposed', organization_id: sides[1] },
    ]);
  });

  it('members of both sides (VIEWER included) see it; anyone else gets null + NOT_FOUND', async () => {
    const { company, authority, relationship } = await relationshipPair(t, platformAdmin);
    for (const person of [
      company.withRole(MembershipRole.VIEWER),
      authority.withRole(MembershipRole.MEMBER),
    ]) {
      const read = await person.client.ok<{
        relationship: {
          organizations: { id: string }[];
          requestedBy: { id: string };
          staleAfterDays: number;
        };
      }>(RELATIONSHIP, { id: relationship.id });
      expect(read.relationship.organizations.map((o) => o.id)).toEqual([
        company.organization.id,
        authority.organization.id,
      ]);
      expect(read.relationship.requestedBy.id).toBe(company.organization.id);
      expect(read.relationship.staleAfterDays).toBe(90);
    }
    for (const outsider of [stranger, platformAdmin]) {
      const result = await outsider.client.gql<{ relationship: null }>(RELATIONSHIP, { id: relationship.id });
      expect(errorCodes(result.errors)).toEqual(['NOT_FOUND']);
      expect(result.data?.relationship).toBeNull();
    }
    const unknown = await company.owner.client.gql(RELATIONSHIP, { id: randomUUID() });
    expect(errorCodes(unknown.errors)).toEqual(['NOT_FOUND']);
  });

  it('lists an organisation’s relationships for its members; non-members get FORBIDDEN', async () => {
    const { company, relationship } = await relationshipPair(t, platformAdmin);
    const listed = await company
      .withRole(MembershipRole.VIEWER)
      .client.ok<{ relationships: { id: string }[] }>(RELATIONSHIPS, {
        organizationId: company.organization.id,
      });
    expect(listed.relationships.map((r) => r.id)).toEqual([relationship.id]);
    const refused = await stranger.client.gql(RELATIONSHIPS, { organizationId: company.organization.id });
    expect(errorCodes(refused.errors)).toEqual(['FORBIDDEN']);
  });

  it('keeps one open relationship per pair and election, in either direction; ending frees the pair', async () => {
    const { company, authority, relationship } = await relationshipPair(t, platformAdmin);
    const twice = await authority.owner.client.gql(PROPOSE, {
      input: { fromOrganizationId: authority.organization.id, toOrganizationId: company.organization.id },
    });
    expect(errorCodes(twice.errors)).toEqual(['CONFLICT']);
    expect(reasonOf(twice)).toBe('RELATIONSHIP_ALREADY_EXISTS');

    const election = await ElectionFactory.create({ electionDay: daysFromToday(10) }).createBy(
      company.withRole(MembershipRole.MEMBER).client,
    );
    const scoped = await proposeRelationship(
      company.owner.client,
      company.organization.id,
      authority.organization.id,
      { electionId: election.id },
    );
    const read = await company.owner.client.ok<{
      relationship: { election: { id: string; phase: string }; staleAfterDays: number };
    }>(RELATIONSHIP, { id: scoped.id });
    expect(read.relationship.election).toEqual({ id: election.id, phase: 'ELECTION_PERIOD' });
    expect(read.relationship.staleAfterDays).toBe(14);

    const ended = await authority
      .withRole(MembershipRole.ADMIN)
      .client.ok<{ endRelationship: { status: string } }>(END, { id: relationship.id });
    expect(ended.endRelationship.status).toBe('ENDED');
    const endAgain = await company.owner.client.gql(END, { id: relationship.id });
    expect(errorCodes(endAgain.errors)).toEqual(['CONFLICT']);
    const fresh = await proposeRelationship(
      company.owner.client,
      company.organization.id,
      authority.organization.id,
    );
    expect(fresh.status).toBe('PENDING');
  });

  it('refuses a MEMBER proposing, a MEMBER ending, an unverified or identical counterpart, and an unknown election', async () => {
    const { company, authority, relationship } = await relationshipPair(t, platformAdmin);
    const member = company.withRole(MembershipRole.MEMBER);
    const byMember = await member.client.gql(PROPOSE, {
      input: {
        fromOrganizationId: company.organization.id,
        toOrganizationId: authority.organization.id,
        electionId: null,
      },
    });
    expect(errorCodes(byMember.errors)).toEqual(['FORBIDDEN']);
    const endByMember = await member.client.gql(END, { id: relationship.id });
    expect(errorCodes(endByMember.errors)).toEqual(['FORBIDDEN']);
    // Either side ends it: here the proposing side's ADMIN.
    const endedByProposer = await company
      .withRole(MembershipRole.ADMIN)
      .client.ok<{ endRelationship: { status: string } }>(END, { id: relationship.id });
    expect(endedByProposer.endRelationship.status).toBe('ENDED');

    const unverified = await OrganizationFactory.create({ kind: OrganizationKind.CIVIL_SOCIETY }).createBy(
      stranger.client,
    );
    const toUnverified = await company.owner.client.gql(PROPOSE, {
      input: { fromOrganizationId: company.organization.id, toOrganizationId: unverified.id },
    });
    expect(fieldsOf(toUnverified)).toEqual(['toOrganizationId']);
    const toSelf = await company.owner.client.gql(PROPOSE, {
      input: { fromOrganizationId: company.organization.id, toOrganizationId: company.organization.id },
    });
    expect(fieldsOf(toSelf)).toEqual(['toOrganizationId']);
    const other = await organizationWithMembers(t, [], { verifiedBy: platformAdmin.client });
    const unknownElection = await company.owner.client.gql(PROPOSE, {
      input: {
        fromOrganizationId: company.organization.id,
        toOrganizationId: other.organization.id,
        electionId: randomUUID(),
      },
    });
    expect(fieldsOf(unknownElection)).toEqual(['electionId']);
    const count = (await t.db.query(
      `SELECT count(*)::int AS n FROM relationships WHERE proposer_organization_id = $1`,
      [company.organization.id],
    )) as [{ n: number }];
    expect(count[0].n).toBe(1);
  });
});
