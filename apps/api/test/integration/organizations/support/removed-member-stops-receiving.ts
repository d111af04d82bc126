import { MembershipRole } from '@ecw/domain';
import { EventBus } from '../../../../src/core/pubsub/event-bus.js';
import { organizationWithMembers } from '../../../factories/organization.factory.js';
import { type TestApi } from '../../../support/test-api.js';
import { openWsClient, type LiveSubscription, type WsTestClient } from '../../../support/ws-client.js';

export const MEMBERS_CHANGED = `subscription ($organizationId: ID!) { organizationMembersChanged(organizationId: $organizationId) }`;
/** The bound: a removed member stops receiving within 5 s. */
export const STOPS_WITHIN_MS = 5_000;

type MembersChanged = { organizationMembersChanged: string };

/**
 * A team on instance `actOn` (owner + two MEMBERs); both members subscribe to its member list on
 * instance `listenOn` (the same or another instance). The owner removes the first member: that
 * member's stream must end within 5 s while changes keep coming, and the other member must keep
 * receiving. Returns how the removed member's stream ended.
 */
export async function removeWhileSubscribed(actOn: TestApi, listenOn: TestApi, sockets: WsTestClient[]) {
  const team = await organizationWithMembers(actOn, [MembershipRole.MEMBER, MembershipRole.MEMBER]);
  const organizationId = team.organization.id;
  const [removed, kept] = [team.member(0), team.member(1)];
  const announce = () =>
    actOn.api.app.get(EventBus).publish('organization:members', organizationId, { organizationId });

  const subscribe = async (cookie: string | null): Promise<LiveSubscription<MembersChanged>> => {
    const socket = openWsClient(listenOn.url, { cookie });
    sockets.push(socket);
    await socket.connected;
    const live = socket.subscribe<MembersChanged>(MEMBERS_CHANGED, { organizationId });
    // Live once a first announcement arrives (graphql-ws does not acknowledge a subscribe).
    expect((await live.next({ poke: announce })).data).toEqual({
      organizationMembersChanged: organizationId,
    });
    live.drain();
    return live;
  };
  const removedStream = await subscribe(removed.client.sessionCookie);
  const keptStream = await subscribe(kept.client.sessionCookie);

  await team.owner.client.ok(`mutation ($id: ID!) { removeMember(membershipId: $id) }`, {
    id: removed.membershipId,
  });
  const poking = setInterval(() => void announce(), 200);
  try {
    const end = await removedStream.endedWithin(STOPS_WITHIN_MS);
    removedStream.drain();
    await removedStream.nothingWithin(500);
    const keptReceived = await keptStream.next();
    return { end, keptReceived: keptReceived.data };
  } finally {
    clearInterval(poking);
  }
}
