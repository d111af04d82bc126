import { BriefVisibility, ConsultationEventKind, MembershipRole } from '@ecw/domain';
import { ConsultationEvents } from '../../../src/consultations/consultation-events.js';
import {
  BriefFactory,
  ConsultationFactory,
  consultationCast,
  openConsultation,
  type ConsultationCast,
} from '../../factories/consultation.factory.js';
import { signUpPerson } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type TestClient } from '../../support/test-client.js';
import { openWsClient, type LiveSubscription, type WsTestClient } from '../../support/ws-client.js';

const EVENTS = `subscription ($id: ID!) { consultationEvents(consultationId: $id) {
  kind briefId consultation { id status participantCount participants { id } outcome { summary publishedAt } } } }`;
const OUTCOME = `mutation ($id: ID!, $summary: String!) { publishConsultationOutcome(consultationId: $id, summary: $summary) { id } }`;

type Events = LiveSubscription<{
  consultationEvents: {
    kind: string;
    briefId: string | null;
    consultation: { id: string; participants: { id: string }[]; outcome: { summary: string } | null };
  };
}>;

const WITHDRAW = `mutation ($id: ID!) { withdrawBrief(id: $id) { status } }`;

describe('consultationEvents: the outcome and withdrawals arrive live, to those who may see the consultation', () => {
  let t: TestApi;
  let cast: ConsultationCast;
  const sockets: WsTestClient[] = [];

  beforeAll(async () => {
    t = await startTestApi();
    cast = await consultationCast(t, await signUpPerson(t));
  });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((socket) => socket.close()));
  });
  afterAll(() => t.close());

  const member = (team: keyof ConsultationCast) => cast[team].withRole(MembershipRole.MEMBER).client;
  const viewerOf = (team: keyof ConsultationCast) => cast[team].withRole(MembershipRole.VIEWER).client;
  /** An idempotent poke: the same event again, as a second instance could deliver it. */
  const reannounce = (consultationId: string) => () =>
    t.api.app
      .get(ConsultationEvents)
      .publish({ kind: ConsultationEventKind.OUTCOME_PUBLISHED, consultationId, briefId: null });

  function subscribe(client: TestClient, consultationId: string): Events {
    const socket = openWsClient(t.url, { cookie: client.sessionCookie });
    sockets.push(socket);
    return socket.subscribe(EVENTS, { id: consultationId });
  }

  async function live(client: TestClient, consultationId: string): Promise<Events> {
    const events = subscribe(client, consultationId);
    await events.next({ poke: reannounce(consultationId) });
    await new Promise((resolve) => setTimeout(resolve, 200));
    events.drain();
    return events;
  }

  it('delivers the published outcome to a participant, with the consultation as redacted for it', async () => {
    const consultation = await openConsultation(cast);
    const beta = await live(viewerOf('beta'), consultation.id);
    await member('convenor').ok(OUTCOME, { id: consultation.id, summary: 'What we heard: **thank you**.' });
    const event = (await beta.next()).data?.consultationEvents;
    expect(event).toMatchObject({
      kind: 'OUTCOME_PUBLISHED',
      consultation: {
        id: consultation.id,
        participantCount: 2,
        // Under the Chatham House Rule a participant sees only its own organisation.
        participants: [{ id: cast.beta.organization.id }],
        outcome: { summary: 'What we heard: **thank you**.' },
      },
    });
  });

  it('tells the participants a shared brief was withdrawn, by id only, as they may no longer read it', async () => {
    const shared = await openConsultation(
      cast,
      ConsultationFactory.create({ briefVisibility: BriefVisibility.ALL_PARTICIPANTS }),
    );
    const brief = await BriefFactory.create().submitBy(
      member('alpha'),
      shared.id,
      cast.alpha.organization.id,
    );
    const draft = await BriefFactory.create().createBy(
      member('alpha'),
      shared.id,
      cast.alpha.organization.id,
    );
    const beta = await live(viewerOf('beta'), shared.id);
    // The convenor and the brief's own organisation still read it: `briefEvents` tells them.
    const convenor = await live(member('convenor'), shared.id);
    const alpha = await live(member('alpha'), shared.id);
    // Each warm-up poke reached the sockets opened before it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const events of [beta, convenor, alpha]) events.drain();

    await member('alpha').ok(WITHDRAW, { id: draft.id }); // never shared: nothing to tell
    await member('alpha').ok(WITHDRAW, { id: brief.id });
    const event = (await beta.next()).data?.consultationEvents;
    expect(event).toMatchObject({
      kind: 'BRIEF_WITHDRAWN',
      briefId: brief.id,
      consultation: { id: shared.id },
    });
    await beta.nothingWithin(500);
    await convenor.nothingWithin(0);
    await alpha.nothingWithin(0);
  });

  it('says nothing of a withdrawal to participants who never saw the brief (CONVENOR_ONLY)', async () => {
    const hidden = await openConsultation(cast);
    const brief = await BriefFactory.create().submitBy(
      member('alpha'),
      hidden.id,
      cast.alpha.organization.id,
    );
    const beta = await live(viewerOf('beta'), hidden.id);
    await member('alpha').ok(WITHDRAW, { id: brief.id });
    await beta.nothingWithin(1_000);
  });

  it('refuses a stranger (NOT_FOUND) and ends the stream of an organisation removed from the consultation', async () => {
    const consultation = await openConsultation(cast);
    const stranger = await signUpPerson(t);
    expect(errorCodes((await subscribe(stranger.client, consultation.id).next()).errors)).toEqual([
      'NOT_FOUND',
    ]);
    const alpha = await live(member('alpha'), consultation.id);
    await member('convenor').ok(
      `mutation ($input: RemoveConsultationParticipantInput!) { removeConsultationParticipant(input: $input) { id } }`,
      { input: { consultationId: consultation.id, organizationId: cast.alpha.organization.id } },
    );
    await member('convenor').ok(OUTCOME, { id: consultation.id, summary: 'Done.' });
    expect(await alpha.endedWithin(1_000)).not.toBeNull();
    expect(alpha.drain()).toEqual([]);
  });
});
