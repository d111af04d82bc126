import { randomUUID } from 'node:crypto';
import { EventBus } from '../../../../src/core/pubsub/event-bus.js';
import { allowedIn, refusedIn, type Matrix } from '../case.js';
import { type OrganizationRole, type Stage, type StagedOrganization } from '../stage.js';

const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { role acceptToken } }`;
const PREVIEW = `query ($token: String!) { invitation(token: $token) { organizationName role } }`;
const ACCEPT = `mutation ($token: String!) { acceptInvitation(token: $token) { role } }`;
const PENDING = `query ($organizationId: ID!) { pendingInvitations(organizationId: $organizationId) { email } }`;
const REVOKE = `mutation ($input: RevokeInvitationInput!) { revokeInvitation(input: $input) }`;
const CHANGE_ROLE = `mutation ($membershipId: ID!, $role: MembershipRole!) { changeMemberRole(membershipId: $membershipId, role: $role) { role } }`;
const REMOVE = `mutation ($membershipId: ID!) { removeMember(membershipId: $membershipId) }`;
const MEMBERS_CHANGED = `subscription ($organizationId: ID!) { organizationMembersChanged(organizationId: $organizationId) }`;

type Org = StagedOrganization;

const newcomer = () => `newcomer-${randomUUID()}@example.org`;
const invite = (role: string) => (o: Org) => ({
  query: INVITE,
  variables: { input: { organizationId: o.id, email: newcomer(), role } },
});
const pending = (o: Org) => ({ query: PENDING, variables: { organizationId: o.id } });
const revokeOne = async (o: Org, s: Stage) => ({
  query: REVOKE,
  variables: { input: { id: (await s.invite(o.id, newcomer())).id } },
});
/** Accepting, as the actor, an invitation sent to `email` (the stranger's, or someone else's). */
const acceptFor = (email: (s: Stage) => string) => async (o: Org, s: Stage) => ({
  query: ACCEPT,
  variables: { token: (await s.invite(o.id, email(s), 'VIEWER')).acceptToken },
});
const changeRole = (of: OrganizationRole, role: string) => (o: Org) => ({
  query: CHANGE_ROLE,
  variables: { membershipId: o.membershipOf[of], role },
});
const remove = (of: OrganizationRole) => (o: Org) => ({
  query: REMOVE,
  variables: { membershipId: o.membershipOf[of] },
});
const isTrue = (value: unknown) => expect(value).toBe(true);
/** Subscribed to the organisation's member list; `poke` announces a change (as a membership change would, after commit). */
const watchMembers = (o: Org, s: Stage) => ({
  query: MEMBERS_CHANGED,
  variables: { organizationId: o.id },
  overSocket: {
    poke: () => s.t.api.app.get(EventBus).publish('organization:members', o.id, { organizationId: o.id }),
  },
});
const hasRole = (role: string) => (value: unknown) => expect(value).toMatchObject({ role });

/** OWNER/ADMIN manage members; only an OWNER touches the OWNER role; anyone may leave. */
export const membershipCases: Matrix = {
  'Mutation.inviteMember': {
    allowed: [
      allowedIn('admin', 'an ADMIN invites a MEMBER', invite('MEMBER'), (value) =>
        expect(value).toEqual({ role: 'MEMBER', acceptToken: expect.stringMatching(/^ecwi_/) }),
      ),
      allowedIn('owner', 'an OWNER invites an OWNER', invite('OWNER'), hasRole('OWNER')),
    ],
    refused: [
      refusedIn('member', 'a MEMBER may not invite', 'FORBIDDEN', invite('VIEWER')),
      refusedIn('admin', 'an ADMIN may not invite an OWNER', 'FORBIDDEN', invite('OWNER')),
      refusedIn('stranger', 'a stranger cannot tell the organisation exists', 'NOT_FOUND', invite('MEMBER')),
      refusedIn('anonymous', 'signed out', 'UNAUTHENTICATED', invite('MEMBER')),
    ],
  },
  'Query.invitation': {
    allowed: [
      allowedIn(
        'anonymous',
        'whoever holds the token sees what it is for',
        async (o, s) => ({
          query: PREVIEW,
          variables: { token: (await s.invite(o.id, newcomer(), 'VIEWER')).acceptToken },
        }),
        (value, o) => expect(value).toEqual({ organizationName: o.name, role: 'VIEWER' }),
      ),
    ],
    refused: [
      {
        as: 'anonymous',
        name: 'an unknown token',
        arrange: async () => ({ query: PREVIEW, variables: { token: 'ecwi_unknown' }, refusal: 'NOT_FOUND' }),
      },
    ],
  },
  'Mutation.acceptInvitation': {
    allowed: [
      allowedIn(
        'stranger',
        'the invited account joins',
        acceptFor((s) => s.person('stranger').email),
        hasRole('VIEWER'),
      ),
    ],
    refused: [
      refusedIn('stranger', 'an invitation for another address', 'FORBIDDEN', acceptFor(newcomer)),
      refusedIn('anonymous', 'signed out', 'UNAUTHENTICATED', acceptFor(newcomer)),
    ],
  },
  'Query.pendingInvitations': {
    allowed: [
      allowedIn(
        'admin',
        'an ADMIN lists them',
        async (o, s) => {
          await s.invite(o.id, 'pending-one@example.org');
          return pending(o);
        },
        (value) => expect(value).toEqual([{ email: 'pending-one@example.org' }]),
      ),
    ],
    refused: [
      refusedIn('member', 'a MEMBER may not', 'FORBIDDEN', pending),
      refusedIn('stranger', 'a stranger cannot tell the organisation exists', 'NOT_FOUND', pending),
      refusedIn('anonymous', 'signed out', 'UNAUTHENTICATED', pending),
    ],
  },
  'Mutation.revokeInvitation': {
    allowed: [allowedIn('admin', 'an ADMIN revokes one', revokeOne, isTrue)],
    refused: [
      refusedIn('member', 'a MEMBER may not', 'FORBIDDEN', revokeOne),
      refusedIn('stranger', 'a stranger cannot tell it exists', 'NOT_FOUND', revokeOne),
      refusedIn('anonymous', 'signed out', 'UNAUTHENTICATED', revokeOne),
    ],
  },
  'Mutation.changeMemberRole': {
    allowed: [
      allowedIn(
        'admin',
        'an ADMIN makes a MEMBER a VIEWER',
        changeRole('member', 'VIEWER'),
        hasRole('VIEWER'),
      ),
      allowedIn('owner', 'an OWNER makes an ADMIN an OWNER', changeRole('admin', 'OWNER'), hasRole('OWNER')),
    ],
    refused: [
      refusedIn('member', 'a MEMBER may not', 'FORBIDDEN', changeRole('viewer', 'MEMBER')),
      refusedIn('admin', 'an ADMIN may not change an OWNER', 'FORBIDDEN', changeRole('owner', 'MEMBER')),
      refusedIn('admin', 'an ADMIN may not grant OWNER', 'FORBIDDEN', changeRole('member', 'OWNER')),
      refusedIn(
        'stranger',
        'a stranger cannot tell the membership exists',
        'NOT_FOUND',
        changeRole('member', 'ADMIN'),
      ),
      refusedIn('anonymous', 'signed out', 'UNAUTHENTICATED', changeRole('member', 'ADMIN')),
    ],
  },
  'Mutation.removeMember': {
    allowed: [
      allowedIn('admin', 'an ADMIN removes a MEMBER', remove('member'), isTrue),
      allowedIn('viewer', 'a VIEWER leaves', remove('viewer'), isTrue),
    ],
    refused: [
      refusedIn('member', 'a MEMBER may not remove others', 'FORBIDDEN', remove('viewer')),
      refusedIn('admin', 'an ADMIN may not remove an OWNER', 'FORBIDDEN', remove('owner')),
      refusedIn('stranger', 'a stranger cannot tell the membership exists', 'NOT_FOUND', remove('member')),
      refusedIn('anonymous', 'signed out', 'UNAUTHENTICATED', remove('member')),
    ],
  },
  'Subscription.organizationMembersChanged': {
    allowed: [
      allowedIn('viewer', 'a VIEWER hears that the member list changed', watchMembers, (value, o) =>
        expect(value).toBe(o.id),
      ),
    ],
    refused: [
      refusedIn('stranger', 'a stranger cannot tell the organisation exists', 'NOT_FOUND', watchMembers),
      refusedIn(
        'platformAdmin',
        'a platform admin who is not a member does not read the members either',
        'NOT_FOUND',
        watchMembers,
        { verified: true },
      ),
      refusedIn('anonymous', 'signed out', 'UNAUTHENTICATED', watchMembers),
    ],
  },
};
