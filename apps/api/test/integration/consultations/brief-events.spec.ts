import { BriefEventKind, MembershipRole } from '@ecw/domain';
import {
  BriefFactory,
  consultationCast,
  openConsultation,
  reannounce,
  type ConsultationCast,
} from '../../factories/consultation.factory.js';
import { signUpPerson, type Person } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type TestClient } from '../../support/test-client.js';
import { openWsClient, type LiveSubscription, type WsTestClient } from '../../support/ws-client.js';

const EVENTS = `subscription ($id: ID!) { briefEvents(consultationId: $id) { kind brief { id status attribution submitter { id } } comment { body attribution } } }`;
/** Longer than the subscription's cached "may still see this consultation" answer (2 s). */
const RECHECK_WINDOW_MS = 2_100;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Events = LiveSubscription<{
  briefEvents: {
    kind: string;
    brief: { id: string; attribution: string; submitter: { id: string } | null };
    comment: { body: string } | null;
  };
}>;

describe('briefEvents: live, authorised at each delivery, redacted per viewer', () => {
  let t: TestApi;
  let platformAdmin: Person;
  let cast: ConsultationCast;
  const sockets: WsTestClient[] = [];

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t);
    cast = await consultationCast(t, platformAdmin);
  });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((socket) => socket.close()));
  });
  afterAll(() => t.close());

  const member = (team: keyof ConsultationCast): TestClient =>
    cast[team].withRole(MembershipRole.MEMBER).client;

  /** A subscription known to be live: it received the re-announced event of a brief it may see. */
  async function live(client: TestClient, consultationId: string, warmBriefId: string): Promise<Events> {
    const socket = openWsClient(t.url, { cookie: client.sessionCookie });
    sockets.push(socket);
    await socket.connected;
    const events: Events = socket.subscribe(EVENTS, { id: consultationId });
    await events.next({ poke: reannounce(t, consultationId, warmBriefId) });
    await pause(200);
    events.drain();
    return events;
  }

  it('delivers SUBMITTED, COMMENTED and WITHDRAWN to the convenor, redacted, and nothing to a participant under CONVENOR_ONLY', async () => {
    const consultation = await openConsultation(cast);
    const betaOwn = await BriefFactory.create().submitBy(
      member('beta'),
      consultation.id,
      cast.beta.organization.id,
    );
    const convenor = await live(member('convenor'), consultation.id, betaOwn.id);
    const beta = await live(member('beta'), consultation.id, betaOwn.id);
    await pause(200);
    convenor.drain(); // pokes that warmed beta up reached the convenor too

    const draft = await BriefFactory.create().createBy(
      member('alpha'),
      consultation.id,
      cast.alpha.organization.id,
    );
    await member('alpha').ok(`mutation ($id: ID!) { submitBrief(id: $id) { id } }`, { id: draft.id });
    const submitted = await convenor.next();
    expect(submitted.data?.briefEvents).toEqual({
      kind: 'SUBMITTED',
      brief: {
        id: draft.id,
        status: 'SUBMITTED',
        attribution: 'A participating organisation',
        submitter: null,
      },
      comment: null,
    });
    await member('convenor').ok(
      `mutation ($id: ID!) { addBriefComment(briefId: $id, body: "Thanks") { id } }`,
      { id: draft.id },
    );
    const commented = await convenor.next();
    expect(commented.data?.briefEvents.kind).toBe(BriefEventKind.COMMENTED);
    expect(commented.data?.briefEvents.comment?.body).toBe('Thanks');
    await member('alpha').ok(`mutation ($id: ID!) { withdrawBrief(id: $id) { id } }`, { id: draft.id });
    const withdrawn = await convenor.next();
    expect(withdrawn.data?.briefEvents).toEqual(
      expect.objectContaining({
        kind: 'WITHDRAWN',
        brief: expect.objectContaining({ id: draft.id, status: 'WITHDRAWN', submitter: null }),
      }),
    );
    await beta.nothingWithin(500);
  });

  it('refuses a subscription to a consultation the viewer cannot see', async () => {
    const consultation = await openConsultation(cast);
    const stranger = await signUpPerson(t);
    const socket = openWsClient(t.url, { cookie: stranger.client.sessionCookie });
    sockets.push(socket);
    await socket.connected;
    const events: Events = socket.subscribe(EVENTS, { id: consultation.id });
    expect(errorCodes((await events.next()).errors)).toEqual(['NOT_FOUND']);
  });

  it('ends the stream once the subscriber leaves the organisation that let it see the consultation', async () => {
    const consultation = await openConsultation(cast);
    const brief = await BriefFactory.create().submitBy(
      member('alpha'),
      consultation.id,
      cast.alpha.organization.id,
    );
    const leaving = cast.alpha.withRole(MembershipRole.VIEWER);
    const events = await live(leaving.client, consultation.id, brief.id);
    await cast.alpha.owner.client.ok(`mutation ($id: ID!) { removeMember(membershipId: $id) }`, {
      id: leaving.membershipId,
    });
    await pause(RECHECK_WINDOW_MS);
    await reannounce(t, consultation.id, brief.id)();
    const end = await events.endedWithin(3_000);
    expect(end).not.toBeNull();
    expect(events.drain()).toEqual([]);
  });
});
