import { OrganizationKind } from '@ecw/domain';
import { OrganizationFactory, verifyOrganization } from '../../../factories/organization.factory.js';
import { acceptRelationship, proposeRelationship } from '../../../factories/relationship.factory.js';
import { allowedIn, refusedIn, signedOut, type Matrix } from '../case.js';
import { type Stage, type StagedOrganization } from '../stage.js';

const RELATIONSHIP = `query ($id: ID!) { relationship(id: $id) { status } }`;
const RELATIONSHIPS = `query ($organizationId: ID!) { relationships(organizationId: $organizationId) { status } }`;
const PROPOSE = `mutation ($input: ProposeRelationshipInput!) { proposeRelationship(input: $input) { status } }`;
const ACCEPT = `mutation ($id: ID!) { acceptRelationship(id: $id) { status } }`;
const END = `mutation ($id: ID!) { endRelationship(id: $id) { status } }`;

const VERIFIED = { verified: true, kind: OrganizationKind.TECH_COMPANY };

/** A verified election authority outside the cast, owned by a new account. */
async function counterpart(s: Stage) {
  const owner = await s.newPerson();
  const organization = await OrganizationFactory.create({
    kind: OrganizationKind.ELECTION_AUTHORITY,
  }).createBy(owner.client);
  await verifyOrganization(s.person('platformAdmin').client, organization.id);
  return { owner, organization };
}

/** The staged organisation (the cast's) proposed a relationship to a counterpart; accepted unless `pending`. */
async function relationshipWith(o: StagedOrganization, s: Stage, pending = false) {
  const other = await counterpart(s);
  const relationship = await proposeRelationship(s.person('owner').client, o.id, other.organization.id);
  if (!pending) await acceptRelationship(other.owner.client, relationship.id);
  return { relationship, other };
}

/** A counterpart proposed to the staged organisation: the cast is on the side that accepts. */
async function proposedTo(o: StagedOrganization, s: Stage) {
  const other = await counterpart(s);
  return proposeRelationship(other.owner.client, other.organization.id, o.id);
}

const read = async (o: StagedOrganization, s: Stage) => ({
  query: RELATIONSHIP,
  variables: { id: (await relationshipWith(o, s)).relationship.id },
});
const list = (o: StagedOrganization) => ({ query: RELATIONSHIPS, variables: { organizationId: o.id } });
const propose = async (o: StagedOrganization, s: Stage) => ({
  query: PROPOSE,
  variables: {
    input: { fromOrganizationId: o.id, toOrganizationId: (await counterpart(s)).organization.id },
  },
});
const accept = async (o: StagedOrganization, s: Stage) => ({
  query: ACCEPT,
  variables: { id: (await proposedTo(o, s)).id },
});
const end = async (o: StagedOrganization, s: Stage) => ({
  query: END,
  variables: { id: (await relationshipWith(o, s)).relationship.id },
});
const status = (expected: string) => (value: unknown) => expect(value).toEqual({ status: expected });

/** Relationships are visible to members of their two organisations only; OWNER/ADMIN decide. */
export const relationshipCases: Matrix = {
  'Query.relationship': {
    allowed: [allowedIn('viewer', 'a VIEWER of one side reads it', read, status('ACTIVE'), VERIFIED)],
    refused: [
      refusedIn('stranger', 'anyone else gets null + NOT_FOUND', 'NOT_FOUND', read, VERIFIED),
      refusedIn('platformAdmin', 'a platform admin outside both sides too', 'NOT_FOUND', read, VERIFIED),
    ],
  },
  'Query.relationships': {
    allowed: [
      allowedIn(
        'viewer',
        'a VIEWER lists its organisation’s',
        list,
        (value) => expect(value).toEqual([]),
        VERIFIED,
      ),
    ],
    refused: [
      refusedIn('stranger', 'a non-member is FORBIDDEN', 'FORBIDDEN', list, VERIFIED),
      signedOut({
        query: RELATIONSHIPS,
        variables: { organizationId: '00000000-0000-4000-8000-000000000000' },
      }),
    ],
  },
  'Mutation.proposeRelationship': {
    allowed: [
      allowedIn('admin', 'an ADMIN proposes for its organisation', propose, status('PENDING'), VERIFIED),
    ],
    refused: [
      refusedIn('member', 'a MEMBER may not', 'FORBIDDEN', propose, VERIFIED),
      refusedIn('stranger', 'a non-member may not', 'FORBIDDEN', propose, VERIFIED),
    ],
  },
  'Mutation.acceptRelationship': {
    allowed: [allowedIn('admin', 'an ADMIN of the side asked accepts', accept, status('ACTIVE'), VERIFIED)],
    refused: [
      refusedIn('member', 'a MEMBER of the side asked may not', 'FORBIDDEN', accept, VERIFIED),
      refusedIn('stranger', 'anyone else cannot tell it exists', 'NOT_FOUND', accept, VERIFIED),
    ],
  },
  'Mutation.endRelationship': {
    allowed: [allowedIn('owner', 'an OWNER of either side ends it', end, status('ENDED'), VERIFIED)],
    refused: [
      refusedIn('viewer', 'a VIEWER may not', 'FORBIDDEN', end, VERIFIED),
      refusedIn('stranger', 'anyone else cannot tell it exists', 'NOT_FOUND', end, VERIFIED),
    ],
  },
};
