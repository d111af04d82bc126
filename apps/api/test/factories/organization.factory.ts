import { randomBytes } from 'node:crypto';
import { MembershipRole, OrganizationKind } from '@ecw/domain';
import { AccountFactory, type SignUpFields } from './account.factory.js';
import { type TestApi } from '../support/test-api.js';
import { type TestClient } from '../support/test-client.js';

export interface OrganizationFields {
  name: string;
  kind: OrganizationKind;
  countryCodes: string[];
  website: string | null;
}

export interface CreatedOrganization extends OrganizationFields {
  id: string;
  verified: boolean;
}

/** A signed-up account and the browser (cookie jar) it is signed in with. */
export interface Person extends SignUpFields {
  userId: string;
  client: TestClient;
}

export interface Member extends Person {
  membershipId: string;
  role: MembershipRole;
}

export interface Team {
  organization: CreatedOrganization;
  owner: Member;
  /** Everyone but the creating owner, in the order their roles were asked for. */
  members: Member[];
  /** The first member with that role (the creating owner for OWNER). */
  withRole(role: MembershipRole): Member;
  /** `members[index]`, which must exist. */
  member(index: number): Member;
}

const ORGANIZATION_FIELDS = 'id name kind countryCodes website verified';

let sequence = 0;

/** createOrganization input with a default for every field; each call names a new organisation. */
export class OrganizationFactory {
  private constructor(private readonly fields: OrganizationFields) {}

  static create(overrides: Partial<OrganizationFields> = {}): OrganizationFactory {
    sequence += 1;
    return new OrganizationFactory({
      name: `Organisation ${sequence}-${randomBytes(3).toString('hex')}`,
      kind: OrganizationKind.CIVIL_SOCIETY,
      countryCodes: ['KE'],
      website: 'https://example.org',
      ...overrides,
    });
  }

  with(overrides: Partial<OrganizationFields>): OrganizationFactory {
    return new OrganizationFactory({ ...this.fields, ...overrides });
  }

  build(): OrganizationFields {
    return { ...this.fields, countryCodes: [...this.fields.countryCodes] };
  }

  /** Creates it through the API as the client's account, which becomes its OWNER. */
  async createBy(client: TestClient): Promise<CreatedOrganization> {
    const data = await client.ok<{ createOrganization: CreatedOrganization }>(
      `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${ORGANIZATION_FIELDS} } }`,
      { input: this.fields },
    );
    return data.createOrganization;
  }
}

/** A new account, signed in in a browser of its own. */
export async function signUpPerson(t: TestApi, overrides: Partial<SignUpFields> = {}): Promise<Person> {
  const client = t.client();
  const account = await AccountFactory.create(overrides).signUp(client, t.mail);
  return { ...account, client };
}

/** Verification is a platform admin's act (in a fresh test database, the first account is one). */
export async function verifyOrganization(platformAdmin: TestClient, organizationId: string): Promise<void> {
  await platformAdmin.ok(`mutation ($id: ID!) { verifyOrganization(id: $id) { id } }`, {
    id: organizationId,
  });
}

/** Invites `person` (a new account unless given) as `role` and accepts, both through the API. */
export async function addMember(
  t: TestApi,
  organizationId: string,
  inviter: TestClient,
  role: MembershipRole,
  person?: Person,
): Promise<Member> {
  const invitee = person ?? (await signUpPerson(t));
  const invited = await inviter.ok<{ inviteMember: { acceptToken: string } }>(
    `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { acceptToken } }`,
    { input: { organizationId, email: invitee.email, role } },
  );
  const accepted = await invitee.client.ok<{ acceptInvitation: { id: string } }>(
    `mutation ($token: String!) { acceptInvitation(token: $token) { id } }`,
    { token: invited.inviteMember.acceptToken },
  );
  return { ...invitee, membershipId: accepted.acceptInvitation.id, role };
}

/**
 * An organisation created by a new OWNER, with one new member per role asked for (invited by that
 * owner and accepted). `verifiedBy` (a platform admin's client) verifies it as well.
 */
export async function organizationWithMembers(
  t: TestApi,
  roles: MembershipRole[],
  options: { factory?: OrganizationFactory; verifiedBy?: TestClient } = {},
): Promise<Team> {
  const creator = await signUpPerson(t);
  const organization = await (options.factory ?? OrganizationFactory.create()).createBy(creator.client);
  const own = await creator.client.ok<{
    me: { memberships: { id: string; organization: { id: string } }[] };
  }>(`{ me { memberships { id organization { id } } } }`);
  const ownMembership = own.me.memberships.find(
    (membership) => membership.organization.id === organization.id,
  );
  if (!ownMembership) throw new Error('the creator is not a member of the organisation it created');
  const owner: Member = { ...creator, membershipId: ownMembership.id, role: MembershipRole.OWNER };
  const members: Member[] = [];
  for (const role of roles) members.push(await addMember(t, organization.id, owner.client, role));
  if (options.verifiedBy) {
    await verifyOrganization(options.verifiedBy, organization.id);
    organization.verified = true;
  }
  return {
    organization,
    owner,
    members,
    withRole(role) {
      const found = role === MembershipRole.OWNER ? owner : members.find((member) => member.role === role);
      if (!found) throw new Error(`this team has no ${role}`);
      return found;
    },
    member(index) {
      const found = members[index];
      if (!found) throw new Error(`this team has no member #${index}`);
      return found;
    },
  };
}
