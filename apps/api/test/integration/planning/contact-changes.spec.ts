import { MembershipRole } from '@ecw/domain';
import { ContactPointFactory } from '../../factories/contact-point.factory.js';
import { signUpPerson, type Person } from '../../factories/organization.factory.js';
import { relationshipPair, type Pair } from '../../factories/relationship.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { openWsClient, type LiveSubscription, type WsTestClient } from '../../support/ws-client.js';

const CHANGED = `subscription ($relationshipId: ID!) {
  contactPointChanged(relationshipId: $relationshipId) {
    kind contactPointId contactPoint { id name title verificationStatus organization { id } revisions { change } }
  }
}`;
const UPDATE = `mutation ($input: UpdateContactPointInput!) { updateContactPoint(input: $input) { id } }`;
const VERIFY = `mutation ($id: ID!) { verifyContactPoint(id: $id) { id } }`;
const REMOVE = `mutation ($id: ID!) { removeContactPoint(id: $id) }`;
const REMOVE_MEMBER = `mutation ($membershipId: ID!) { removeMember(membershipId: $membershipId) }`;

interface Changed {
  contactPointChanged: {
    kind: string;
    contactPointId: string;
    contactPoint: {
      id: string;
      name: string;
      title: string | null;
      verificationStatus: string;
      revisions: { change: string }[];
    } | null;
  };
}

describe('contactPointChanged: live to members of both sides, re-checked at each delivery', () => {
  let t: TestApi;
  let platformAdmin: Person;
  let pair: Pair;
  let warmUp: { id: string };
  const sockets: WsTestClient[] = [];

  /** A socket for the person, subscribed to the pair's contact changes; `ready` waits for a first event. */
  async function subscriber(person: Person): Promise<LiveSubscription<Changed>> {
    const socket = openWsClient(t.url, { cookie: person.client.sessionCookie });
    sockets.push(socket);
    await socket.connected;
    return socket.subscribe<Changed>(CHANGED, { relationshipId: pair.relationship.id });
  }

  /** Verifying the warm-up contact is harmless to repeat: it pokes until the subscriber is listening. */
  const poke = () => pair.company.owner.client.ok(VERIFY, { id: warmUp.id });

  /**
   * The next event that is not a warm-up poke. Pokes are published before what a test then does, and a
   * subscription delivers in order, so under load a few may still arrive first: only those are skipped.
   */
  async function nextAfterWarmUp(
    live: LiveSubscription<Changed>,
  ): Promise<Changed['contactPointChanged'] | undefined> {
    for (;;) {
      const event = (await live.next()).data?.contactPointChanged;
      if (!event || !isWarmUpPoke(event)) return event;
    }
  }

  const isWarmUpPoke = (event: Changed['contactPointChanged']) =>
    event.contactPointId === warmUp.id && event.kind === 'VERIFIED';

  async function listening(person: Person): Promise<LiveSubscription<Changed>> {
    const live = await subscriber(person);
    // Pokes go every 200 ms whether or not the last one answered: wait for those still in flight,
    // so their events arrive before the drain rather than in the middle of a test.
    const pokes: Promise<unknown>[] = [];
    const tracked = () => {
      const poked = poke();
      pokes.push(poked);
      return poked;
    };
    await live.next({ poke: tracked });
    await Promise.all(pokes);
    await new Promise((resolve) => setTimeout(resolve, 100));
    live.drain();
    return live;
  }

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t);
    pair = await relationshipPair(t, platformAdmin);
    warmUp = await ContactPointFactory.create({ name: 'Warm-up' }).addBy(
      pair.company.owner.client,
      pair.relationship.id,
      pair.company.organization.id,
    );
  });
  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.close()));
    await t.close();
  });

  it('delivers CREATED, UPDATED, VERIFIED and REMOVED to a member of each side; an outsider gets NOT_FOUND and nothing', async () => {
    const companyViewer = await listening(pair.company.withRole(MembershipRole.VIEWER));
    const authorityMember = await listening(pair.authority.withRole(MembershipRole.MEMBER));
    // The second subscriber's warm-up pokes reached the first one too.
    await new Promise((resolve) => setTimeout(resolve, 200));
    companyViewer.drain();
    const outsider = await subscriber(await signUpPerson(t));
    const refused = await outsider.next();
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');

    const writer = pair.company.withRole(MembershipRole.MEMBER).client;
    const contact = await ContactPointFactory.create({ name: 'Live desk', title: 'Duty officer' }).addBy(
      writer,
      pair.relationship.id,
      pair.company.organization.id,
    );
    await writer.ok(UPDATE, { input: { id: contact.id, title: 'Head of ICT security' } });
    await writer.ok(VERIFY, { id: contact.id });
    await writer.ok(REMOVE, { id: contact.id });

    for (const live of [companyViewer, authorityMember]) {
      const kinds: string[] = [];
      for (let index = 0; index < 4; index += 1) {
        const event =
          index === 0 ? await nextAfterWarmUp(live) : (await live.next()).data?.contactPointChanged;
        expect(event?.contactPointId).toBe(contact.id);
        kinds.push(event?.kind ?? '');
        if (event?.kind === 'UPDATED') {
          expect(event.contactPoint).toMatchObject({
            title: 'Head of ICT security',
            verificationStatus: 'FRESH',
          });
          // Revisions are read when the event is delivered, under load after the VERIFY and REMOVE
          // that followed it committed: the title's revision is there, not necessarily the newest.
          expect(event.contactPoint?.revisions.map(({ change }) => change)).toContain(
            'title: Duty officer → Head of ICT security',
          );
        }
        if (event?.kind === 'REMOVED') expect(event.contactPoint).toBeNull();
      }
      expect(kinds).toEqual(['CREATED', 'UPDATED', 'VERIFIED', 'REMOVED']);
    }
    await outsider.nothingWithin(300);
  });

  it("opening the live stream is a registry read, written to both organisations' audit logs; a refused one is not", async () => {
    const liveReads = async (actorId: string) =>
      (
        await t.db.query(
          `SELECT organization_id FROM audit_events
            WHERE action = 'contacts.read' AND target_id = $1 AND actor_id = $2 AND metadata->>'live' = 'true'
            ORDER BY organization_id`,
          [pair.relationship.id, actorId],
        )
      ).map((row: { organization_id: string }) => row.organization_id);
    const reader = pair.authority.withRole(MembershipRole.VIEWER);
    await listening(reader);
    expect(await liveReads(reader.userId)).toEqual(
      [pair.company.organization.id, pair.authority.organization.id].sort(),
    );

    const outsider = await signUpPerson(t);
    const socket = openWsClient(t.url, { cookie: outsider.client.sessionCookie });
    sockets.push(socket);
    await socket.connected;
    const refused = await socket.subscribe<Changed>(CHANGED, { relationshipId: pair.relationship.id }).next();
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(await liveReads(outsider.userId)).toEqual([]);
  });

  it('a member removed from its organisation stops receiving, while the other side still does', async () => {
    const leaving = pair.authority.withRole(MembershipRole.ADMIN);
    const staying = await listening(pair.company.withRole(MembershipRole.VIEWER));
    const removed = await listening(leaving);
    await new Promise((resolve) => setTimeout(resolve, 200));
    staying.drain();
    await pair.authority.owner.client.ok(REMOVE_MEMBER, { membershipId: leaving.membershipId });
    // No waiting: `access:changed` makes the AccessGate forget its answer (trusted for up to 2 s,
    // and shared by the subscriptions of one credential), so the very next event is checked afresh.
    // Warm-up pokes (VERIFIED) published before the removal may still arrive; the event after it is
    // an UPDATED, so it cannot be mistaken for one of them.
    await pair.company.owner.client.ok(UPDATE, { input: { id: warmUp.id, title: 'After the removal' } });
    expect((await nextAfterWarmUp(staying))?.kind).toBe('UPDATED');
    expect(await removed.endedWithin(3_000)).not.toBeNull();
    const afterRemoval = removed.drain().filter((result) => {
      const event = result.data?.contactPointChanged;
      return !event || !isWarmUpPoke(event);
    });
    expect(afterRemoval).toEqual([]);
  });
});
