import { MembershipRole, OrganizationKind } from '@ecw/domain';
import {
  OrganizationFactory,
  organizationWithMembers,
  type Person,
  type Team,
} from './organization.factory.js';
import { type TestApi } from '../support/test-api.js';
import { type TestClient } from '../support/test-client.js';

export interface CreatedRelationship {
  id: string;
  status: string;
}

const PROPOSE = `mutation ($input: ProposeRelationshipInput!) { proposeRelationship(input: $input) { id status } }`;
const ACCEPT = `mutation ($id: ID!) { acceptRelationship(id: $id) { id status } }`;

export async function proposeRelationship(
  client: TestClient,
  fromOrganizationId: string,
  toOrganizationId: string,
  extra: { electionId?: string; note?: string } = {},
): Promise<CreatedRelationship> {
  const data = await client.ok<{ proposeRelationship: CreatedRelationship }>(PROPOSE, {
    input: { fromOrganizationId, toOrganizationId, ...extra },
  });
  return data.proposeRelationship;
}

export async function acceptRelationship(client: TestClient, id: string): Promise<CreatedRelationship> {
  return (await client.ok<{ acceptRelationship: CreatedRelationship }>(ACCEPT, { id })).acceptRelationship;
}

/** Two verified organisations, each with an OWNER plus the roles asked for, and a relationship between them. */
export interface Pair {
  company: Team;
  authority: Team;
  relationship: CreatedRelationship;
}

export interface PairOptions {
  roles?: MembershipRole[];
  electionId?: string;
  /** Leave it PENDING instead of accepting it. */
  pending?: boolean;
  note?: string;
}

/** A tech company proposes to an election authority (both verified by `platformAdmin`), which accepts. */
export async function relationshipPair(
  t: TestApi,
  platformAdmin: Person,
  options: PairOptions = {},
): Promise<Pair> {
  const roles = options.roles ?? [MembershipRole.ADMIN, MembershipRole.MEMBER, MembershipRole.VIEWER];
  const company = await organizationWithMembers(t, roles, {
    factory: OrganizationFactory.create({ kind: OrganizationKind.TECH_COMPANY }),
    verifiedBy: platformAdmin.client,
  });
  const authority = await organizationWithMembers(t, roles, {
    factory: OrganizationFactory.create({ kind: OrganizationKind.ELECTION_AUTHORITY }),
    verifiedBy: platformAdmin.client,
  });
  let relationship = await proposeRelationship(
    company.owner.client,
    company.organization.id,
    authority.organization.id,
    {
      ...(options.electionId ? { electionId: options.electionId } : {}),
      ...(options.note ? { note: options.note } : {}),
    },
  );
  if (!options.pending) relationship = await acceptRelationship(authority.owner.client, relationship.id);
  return { company, authority, relationship };
}
