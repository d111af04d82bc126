import { OrganizationKind } from '@ecw/domain';
import { ContactPointFactory } from '../../../factories/contact-point.factory.js';
import { OrganizationFactory, verifyOrganization } from '../../../factories/organization.factory.js';
import { acceptRelationship, proposeRelationship } from '../../../factories/relationship.factory.js';
import { casesIn, type Matrix } from '../case.js';
import { type Stage, type StagedOrganization } from '../stage.js';

const ADD = `mutation ($input: AddContactPointInput!) { addContactPoint(input: $input) { escalationTier } }`;
const UPDATE = `mutation ($input: UpdateContactPointInput!) { updateContactPoint(input: $input) { title } }`;
const VERIFY = `mutation ($id: ID!) { verifyContactPoint(id: $id) { verificationStatus } }`;
const REMOVE = `mutation ($id: ID!) { removeContactPoint(id: $id) }`;
const ERASE = `mutation ($input: EraseContactPointInput!) { eraseContactPoint(input: $input) }`;
const STALE = `query ($organizationId: ID!) { staleContacts(organizationId: $organizationId) { id } }`;
const EXPORT = `mutation ($input: ExportContactPointsInput!) { exportContactPoints(input: $input) { count } }`;
const IMPORT = `mutation ($input: ImportContactPointsInput!) { importContactPoints(input: $input) { valid } }`;
const CSV = 'name,escalationTier,email\nDuty desk,CRITICAL,desk@example.org';
const CHANGED = `subscription ($relationshipId: ID!) { contactPointChanged(relationshipId: $relationshipId) { kind } }`;

const VERIFIED = { verified: true, kind: OrganizationKind.TECH_COMPANY };

/** An active relationship between the staged organisation and a new verified authority. */
async function activeRelationship(o: StagedOrganization, s: Stage) {
  const owner = await s.newPerson();
  const other = await OrganizationFactory.create({ kind: OrganizationKind.ELECTION_AUTHORITY }).createBy(
    owner.client,
  );
  await verifyOrganization(s.person('platformAdmin').client, other.id);
  const relationship = await proposeRelationship(s.person('owner').client, o.id, other.id);
  await acceptRelationship(owner.client, relationship.id);
  return { relationship, other, otherOwner: owner };
}

/** A contact on the staged organisation's side, added by its owner. */
async function ownContact(o: StagedOrganization, s: Stage) {
  const { relationship } = await activeRelationship(o, s);
  const contact = await ContactPointFactory.create().addBy(s.person('owner').client, relationship.id, o.id);
  return { relationship, contact };
}

const add = async (o: StagedOrganization, s: Stage) => {
  const { relationship } = await activeRelationship(o, s);
  return {
    query: ADD,
    variables: {
      input: {
        relationshipId: relationship.id,
        organizationId: o.id,
        ...ContactPointFactory.create().build(),
      },
    },
  };
};
const update = async (o: StagedOrganization, s: Stage) => ({
  query: UPDATE,
  variables: { input: { id: (await ownContact(o, s)).contact.id, title: 'Head of ICT security' } },
});
const verify = async (o: StagedOrganization, s: Stage) => ({
  query: VERIFY,
  variables: { id: (await ownContact(o, s)).contact.id },
});
const remove = async (o: StagedOrganization, s: Stage) => ({
  query: REMOVE,
  variables: { id: (await ownContact(o, s)).contact.id },
});
const erase = async (o: StagedOrganization, s: Stage) => ({
  query: ERASE,
  variables: { input: { contactPointId: (await ownContact(o, s)).contact.id } },
});
const subscribe = async (o: StagedOrganization, s: Stage) => {
  const { relationship, contact } = await ownContact(o, s);
  const owner = s.person('owner').client;
  return {
    query: CHANGED,
    variables: { relationshipId: relationship.id },
    overSocket: { poke: () => owner.ok(VERIFY, { id: contact.id }) },
  };
};

const importPreview = async (o: StagedOrganization, s: Stage) => ({
  query: IMPORT,
  variables: {
    input: {
      relationshipId: (await activeRelationship(o, s)).relationship.id,
      organizationId: o.id,
      csv: CSV,
      commit: false,
    },
  },
});
const stale = (o: StagedOrganization) => ({ query: STALE, variables: { organizationId: o.id } });
const exportAs = (format: 'CSV' | 'VCARD') => async (o: StagedOrganization, s: Stage) => ({
  query: EXPORT,
  variables: { input: { relationshipId: (await ownContact(o, s)).relationship.id, format } },
});

/** Each side writes its own contacts as MEMBER or above; both sides read and follow them live; no one else. */
export const contactPointCases: Matrix = {
  'Mutation.addContactPoint': casesIn(add, VERIFIED)
    .allows('member', 'a MEMBER adds to its own side', (value) =>
      expect(value).toEqual({ escalationTier: 'URGENT' }),
    )
    .refuses('viewer', 'a VIEWER may not', 'FORBIDDEN')
    .refuses('stranger', 'an outsider cannot tell the relationship exists', 'NOT_FOUND'),
  'Mutation.updateContactPoint': casesIn(update, VERIFIED)
    .allows('apiToken', 'a MEMBER’s token edits its own side’s', (value) =>
      expect(value).toEqual({ title: 'Head of ICT security' }),
    )
    .refuses('viewer', 'a VIEWER may not', 'FORBIDDEN')
    .refuses('stranger', 'an outsider gets NOT_FOUND', 'NOT_FOUND'),
  'Mutation.verifyContactPoint': casesIn(verify, VERIFIED)
    .allows('member', 'a MEMBER re-verifies in one click', (value) =>
      expect(value).toEqual({ verificationStatus: 'FRESH' }),
    )
    .refuses('viewer', 'a VIEWER may not', 'FORBIDDEN')
    .refuses('stranger', 'an outsider gets NOT_FOUND', 'NOT_FOUND'),
  'Mutation.removeContactPoint': casesIn(remove, VERIFIED)
    .allows('admin', 'an ADMIN removes its own side’s', (value) => expect(value).toBe(true))
    .refuses('viewer', 'a VIEWER may not', 'FORBIDDEN')
    .refuses('stranger', 'an outsider gets NOT_FOUND', 'NOT_FOUND'),
  'Mutation.eraseContactPoint': casesIn(erase, VERIFIED)
    .allows('admin', 'an ADMIN of the side erases it', (value) => expect(value).toBe(true))
    .refuses('member', 'a MEMBER may not erase', 'FORBIDDEN')
    .refuses('stranger', 'an outsider gets NOT_FOUND', 'NOT_FOUND'),
  'Mutation.exportContactPoints': {
    allowed: casesIn(exportAs('CSV'), VERIFIED).allows(
      'viewer',
      'a VIEWER of one side exports (audited for both)',
      (value) => expect(value).toEqual({ count: 1 }),
    ).allowed,
    refused: casesIn(exportAs('VCARD'), VERIFIED).refuses(
      'stranger',
      'an outsider gets NOT_FOUND',
      'NOT_FOUND',
    ).refused,
  },
  'Mutation.importContactPoints': casesIn(importPreview, VERIFIED)
    .allows('member', 'a MEMBER previews an import to its own side', (value) =>
      expect(value).toEqual({ valid: true }),
    )
    .refuses('viewer', 'a VIEWER may not', 'FORBIDDEN')
    .refuses('stranger', 'an outsider gets NOT_FOUND', 'NOT_FOUND'),
  'Query.staleContacts': casesIn(stale, VERIFIED)
    .allows('viewer', 'a VIEWER lists its organisation’s', (value) => expect(value).toEqual([]))
    .refuses('stranger', 'a non-member is FORBIDDEN, not handed an empty list', 'FORBIDDEN'),
  'Subscription.contactPointChanged': casesIn(subscribe, VERIFIED)
    .allows('viewer', 'a VIEWER of one side follows it live', (value) =>
      expect(value).toEqual({ kind: 'VERIFIED' }),
    )
    .refuses('stranger', 'an outsider gets NOT_FOUND and nothing', 'NOT_FOUND'),
};
