import { randomBytes } from 'node:crypto';
import { MembershipRole, type OrganizationKind } from '@ecw/domain';
import { type SignUpFields } from '../../factories/account.factory.js';
import {
  OrganizationFactory,
  addMember,
  signUpPerson,
  verifyOrganization,
  type Person,
} from '../../factories/organization.factory.js';
import { RateLimits } from '../../../src/core/rate-limit/rate-limits.js';
import { type TestApi } from '../../support/test-api.js';
import { type TestClient } from '../../support/test-client.js';
import { type WsCredentials } from '../../support/ws-client.js';

/** Who runs an operation in the authorization matrix. */
export type Actor =
  'anonymous' | 'stranger' | 'viewer' | 'member' | 'admin' | 'owner' | 'platformAdmin' | 'apiToken';
export type OrganizationRole = 'owner' | 'admin' | 'member' | 'viewer';
type Account = Exclude<Actor, 'anonymous' | 'apiToken'>;

/** How an actor reaches the API: over HTTP, and over graphql-ws with the same credential. */
export interface ActorSession {
  http: TestClient;
  ws: WsCredentials;
}

/** An organisation in which the cast holds every role: owner, admin, member, viewer (and the member's API token). */
export interface StagedOrganization {
  id: string;
  name: string;
  membershipOf: Record<OrganizationRole, string>;
}

const ROLE = {
  admin: MembershipRole.ADMIN,
  member: MembershipRole.MEMBER,
  viewer: MembershipRole.VIEWER,
} as const;

/**
 * The cast every case plays with, arranged through the API only. The first account of a fresh
 * database is the platform admin, so it signs up first. 'apiToken' is an API token of the member:
 * a token acts with its owner's roles. Cases that change an account's own credentials use
 * `newPerson()` instead, so the cast stays usable. Sign-ups are budgeted per address (100 an hour),
 * so cases create accounts only when they must.
 */
export class Stage {
  private constructor(
    readonly t: TestApi,
    private readonly cast: Record<Account, Person>,
    private readonly tokenSecret: string,
  ) {}

  static async set(t: TestApi): Promise<Stage> {
    const cast = {} as Record<Account, Person>;
    for (const account of ['platformAdmin', 'owner', 'admin', 'member', 'viewer', 'stranger'] as const) {
      cast[account] = await signUpPerson(t);
    }
    const { secret } = await createApiToken(cast.member);
    return new Stage(t, cast, secret);
  }

  /** The actor's session; 'anonymous' is a new browser without a cookie each time. */
  session(actor: Actor): ActorSession {
    if (actor === 'anonymous') return { http: this.t.client(), ws: {} };
    if (actor === 'apiToken')
      return { http: this.cast.member.client.withToken(this.tokenSecret), ws: { bearer: this.tokenSecret } };
    return this.sessionOf(this.cast[actor]);
  }

  /** A person's browser: its cookie over HTTP and over graphql-ws. */
  sessionOf(person: Person): ActorSession {
    return { http: person.client, ws: { cookie: person.client.sessionCookie } };
  }

  /** The account behind an actor (the member for 'apiToken'). */
  person(actor: Exclude<Actor, 'anonymous'>): Person {
    return this.cast[actor === 'apiToken' ? 'member' : actor];
  }

  /** A new account of its own, for cases that sign it out, change its password or second factor. */
  newPerson(overrides: Partial<SignUpFields> = {}): Promise<Person> {
    return signUpPerson(this.t, overrides);
  }

  apiTokenOf(person: Person): Promise<{ id: string; secret: string }> {
    return createApiToken(person);
  }

  /** A new, unverified (unless asked) organisation (of the kind asked) with the cast in every role. */
  async organization({
    verified = false,
    kind,
  }: { verified?: boolean; kind?: OrganizationKind } = {}): Promise<StagedOrganization> {
    const { owner } = this.cast;
    const { id, name } = await OrganizationFactory.create(kind ? { kind } : {}).createBy(owner.client);
    const own = await owner.client.ok<{ organization: { members: { edges: { node: { id: string } }[] } } }>(
      `query ($id: ID!) { organization(id: $id) { members(first: 1) { edges { node { id } } } } }`,
      { id },
    );
    const membershipOf = {
      owner: present(own.organization.members.edges[0], 'the owner’s membership').node.id,
    } as Record<OrganizationRole, string>;
    // The owner stages over a hundred organisations, three invitations each: more than the hourly
    // per-inviter budget. Staging is not what the matrix tests, so each organisation starts afresh.
    await this.t.api.app.get(RateLimits).reset('invitationsByInviter', owner.userId);
    for (const role of ['admin', 'member', 'viewer'] as const) {
      membershipOf[role] = (
        await addMember(this.t, id, owner.client, ROLE[role], this.cast[role])
      ).membershipId;
    }
    if (verified) await verifyOrganization(this.cast.platformAdmin.client, id);
    return { id, name, membershipOf };
  }

  /** An invitation sent by the owner. */
  async invite(
    organizationId: string,
    email: string,
    role = 'MEMBER',
  ): Promise<{ id: string; acceptToken: string }> {
    const invited = await this.cast.owner.client.ok<{ inviteMember: { id: string; acceptToken: string } }>(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id acceptToken } }`,
      { input: { organizationId, email, role } },
    );
    return invited.inviteMember;
  }
}

async function createApiToken(person: Person): Promise<{ id: string; secret: string }> {
  const created = await person.client.ok<{ createApiToken: { apiToken: { id: string }; secret: string } }>(
    `mutation ($name: String!) { createApiToken(name: $name) { apiToken { id } secret } }`,
    { name: `script ${randomBytes(3).toString('hex')}` },
  );
  return { id: created.createApiToken.apiToken.id, secret: created.createApiToken.secret };
}

/** The value, or a test failure naming what was missing. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}`);
  return value;
}
