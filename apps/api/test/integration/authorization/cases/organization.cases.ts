import { allowedIn, refusedIn, type Matrix } from '../case.js';

const ORGANIZATION = `query ($id: ID!) { organization(id: $id) { id name } }`;
const ORGANIZATIONS = `query ($filter: OrganizationFilter) { organizations(filter: $filter) { totalCount edges { node { id } } } }`;
const CREATE = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { name viewerRole } }`;
const UPDATE = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name } }`;
const VERIFY = `mutation ($id: ID!) { verifyOrganization(id: $id) { verified } }`;
const AUDIT_LOG = `query ($organizationId: ID!) { auditLog(organizationId: $organizationId) { totalCount } }`;

const NEW_ORGANIZATION = { name: 'Election Watch', kind: 'CIVIL_SOCIETY', countryCodes: ['GH'] };
const VERIFIED = { verified: true };

const read = (o: { id: string }) => ({ query: ORGANIZATION, variables: { id: o.id } });
const isIt = (value: unknown, o: { id: string; name: string }) =>
  expect(value).toEqual({ id: o.id, name: o.name });
const rename = (name: string) => (o: { id: string }) => ({
  query: UPDATE,
  variables: { input: { id: o.id, name } },
});
const verify = (o: { id: string }) => ({ query: VERIFY, variables: { id: o.id } });
const auditLog = (o: { id: string }) => ({ query: AUDIT_LOG, variables: { organizationId: o.id } });
const search = (o: { name: string }) => ({ query: ORGANIZATIONS, variables: { filter: { search: o.name } } });
const hasTotal = (value: unknown) => expect(value).toEqual({ totalCount: expect.any(Number) });

/** Unverified organisations are visible to their members and platform admins; verified ones to every signed-in account. */
export const organizationCases: Matrix = {
  'Query.organization': {
    allowed: [
      allowedIn('viewer', 'a VIEWER sees its unverified organisation', read, isIt),
      allowedIn('apiToken', 'a MEMBER’s API token sees its organisation', read, isIt),
      allowedIn('platformAdmin', 'a platform admin sees an unverified organisation', read, isIt),
      allowedIn('stranger', 'anyone signed in sees a verified organisation', read, isIt, VERIFIED),
    ],
    refused: [
      refusedIn('stranger', 'a stranger cannot tell an unverified one exists', 'NOT_FOUND', read),
      refusedIn('anonymous', 'signed out, not even a verified one', 'UNAUTHENTICATED', read, VERIFIED),
    ],
  },
  'Query.organizations': {
    allowed: [
      allowedIn('member', 'a MEMBER finds its unverified organisation', search, (value, o) =>
        expect(value).toEqual({ totalCount: 1, edges: [{ node: { id: o.id } }] }),
      ),
    ],
    refused: [
      {
        as: 'stranger',
        name: 'the list leaves out what a stranger may not see',
        arrange: async (s) => ({
          ...search(await s.organization()),
          refusal: { quietly: (value) => expect(value).toEqual({ totalCount: 0, edges: [] }) },
        }),
      },
      {
        as: 'anonymous',
        name: 'signed out',
        arrange: async () => ({ query: ORGANIZATIONS, refusal: 'UNAUTHENTICATED' }),
      },
    ],
  },
  'Mutation.createOrganization': {
    allowed: [
      {
        as: 'stranger',
        name: 'any signed-in account creates one and owns it',
        arrange: async () => ({
          query: CREATE,
          variables: { input: NEW_ORGANIZATION },
          expect: (value) => expect(value).toEqual({ name: NEW_ORGANIZATION.name, viewerRole: 'OWNER' }),
        }),
      },
    ],
    refused: [
      {
        as: 'anonymous',
        name: 'signed out',
        arrange: async () => ({
          query: CREATE,
          variables: { input: NEW_ORGANIZATION },
          refusal: 'UNAUTHENTICATED',
        }),
      },
    ],
  },
  'Mutation.updateOrganization': {
    allowed: [
      allowedIn('admin', 'an ADMIN renames it', rename('By admin'), (value) =>
        expect(value).toEqual({ name: 'By admin' }),
      ),
      allowedIn('owner', 'an OWNER renames it', rename('By owner'), (value) =>
        expect(value).toEqual({ name: 'By owner' }),
      ),
    ],
    refused: [
      refusedIn('member', 'a MEMBER may not', 'FORBIDDEN', rename('Nope')),
      refusedIn('viewer', 'a VIEWER may not', 'FORBIDDEN', rename('Nope')),
      refusedIn('apiToken', 'a MEMBER’s token may not', 'FORBIDDEN', rename('Nope')),
      refusedIn('stranger', 'a stranger cannot tell it exists', 'NOT_FOUND', rename('Nope')),
      refusedIn('anonymous', 'signed out', 'UNAUTHENTICATED', rename('Nope')),
    ],
  },
  'Mutation.verifyOrganization': {
    allowed: [
      allowedIn('platformAdmin', 'a platform admin verifies', verify, (value) =>
        expect(value).toEqual({ verified: true }),
      ),
    ],
    refused: [
      refusedIn('owner', 'its OWNER may not verify it', 'FORBIDDEN', verify),
      refusedIn('anonymous', 'signed out', 'UNAUTHENTICATED', verify),
    ],
  },
  'Query.auditLog': {
    allowed: [
      allowedIn('admin', 'an ADMIN reads it', auditLog, hasTotal),
      allowedIn('owner', 'an OWNER reads it', auditLog, hasTotal),
    ],
    refused: [
      refusedIn('member', 'a MEMBER may not', 'FORBIDDEN', auditLog),
      refusedIn('stranger', 'a stranger cannot tell the organisation exists', 'NOT_FOUND', auditLog),
      refusedIn('anonymous', 'signed out', 'UNAUTHENTICATED', auditLog),
    ],
  },
};
