import { MembershipRole } from '@ecw/domain';
import {
  BriefFactory,
  consultationCast,
  openConsultation,
  reannounce,
  type ConsultationCast,
  type CreatedConsultation,
} from '../../factories/consultation.factory.js';
import { signUpPerson } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type GqlResult, type TestClient } from '../../support/test-client.js';
import { openWsClient, type LiveSubscription, type WsTestClient } from '../../support/ws-client.js';

const REMOVE = `mutation ($input: RemoveConsultationParticipantInput!) {
  removeConsultationParticipant(input: $input) { id participantCount participants { id } } }`;
const CLOSE = `mutation ($id: ID!) { closeConsultation(id: $id) { status } }`;
const PAGE = `query ($id: ID!) { consultation(id: $id) { id participantCount
  briefs(first: 10) { edges { node { id attribution submitter { id } } } } } }`;
const EVENTS = `subscription ($id: ID!) { briefEvents(consultationId: $id) { kind brief { id } } }`;

const fieldsOf = (result: GqlResult) =>
  ((result.errors?.[0]?.extensions?.['fieldErrors'] ?? []) as { field: string }[]).map(
    (error) => error.field,
  );

describe('consultations: the convenor removes an invited organisation', () => {
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
  const participantsOf = async (consultationId: string) =>
    (
      (await t.db.query(
        `SELECT organization_id AS id FROM consultation_participants WHERE consultation_id = $1 ORDER BY 1`,
        [consultationId],
      )) as { id: string }[]
    ).map(({ id }) => id);
  const removal = (consultation: CreatedConsultation, team: keyof ConsultationCast) => ({
    input: { consultationId: consultation.id, organizationId: cast[team].organization.id },
  });

  async function liveBriefEvents(client: TestClient, consultationId: string, briefId: string) {
    const socket = openWsClient(t.url, { cookie: client.sessionCookie });
    sockets.push(socket);
    await socket.connected;
    const events: LiveSubscription<{ briefEvents: { kind: string } }> = socket.subscribe(EVENTS, {
      id: consultationId,
    });
    await events.next({ poke: reannounce(t, consultationId, briefId) });
    await new Promise((resolve) => setTimeout(resolve, 200));
    events.drain();
    return events;
  }

  it('a MEMBER of the convenor removes alpha: alpha loses the consultation, its submitted brief stays, still unattributed', async () => {
    const consultation = await openConsultation(cast);
    const brief = await BriefFactory.create().submitBy(
      member('alpha'),
      consultation.id,
      cast.alpha.organization.id,
    );
    const removed = await member('convenor').ok<{
      removeConsultationParticipant: { participantCount: number; participants: { id: string }[] };
    }>(REMOVE, removal(consultation, 'alpha'));
    expect(removed.removeConsultationParticipant).toMatchObject({
      participantCount: 1,
      participants: [{ id: cast.beta.organization.id }],
    });
    expect(await participantsOf(consultation.id)).toEqual([cast.beta.organization.id]);

    for (const client of [member('alpha'), viewerOf('alpha')]) {
      const page = await client.gql(PAGE, { id: consultation.id });
      expect(errorCodes(page.errors)).toEqual(['NOT_FOUND']);
      const own = await client.gql(`query ($id: ID!) { contextBrief(id: $id) { id } }`, { id: brief.id });
      expect(errorCodes(own.errors)).toEqual(['NOT_FOUND']);
    }
    const convenorPage = await member('convenor').ok<{
      consultation: {
        briefs: { edges: { node: { id: string; attribution: string; submitter: unknown } }[] };
      };
    }>(PAGE, { id: consultation.id });
    expect(convenorPage.consultation.briefs.edges.map(({ node }) => node)).toEqual([
      { id: brief.id, attribution: 'A participating organisation', submitter: null },
    ]);
    const audit = await t.db.query(
      `SELECT actor_id AS "actorId", organization_id AS "organizationId", metadata FROM audit_events
        WHERE action = 'consultation.participant_removed' AND target_id = $1`,
      [consultation.id],
    );
    expect(audit).toEqual([
      {
        actorId: cast.convenor.withRole(MembershipRole.MEMBER).userId,
        organizationId: cast.convenor.organization.id,
        metadata: { organizationId: cast.alpha.organization.id },
      },
    ]);
  });

  it("ends the removed organisation's live subscriptions at once, without waiting for the re-check window", async () => {
    const consultation = await openConsultation(cast);
    const brief = await BriefFactory.create().submitBy(
      member('alpha'),
      consultation.id,
      cast.alpha.organization.id,
    );
    const alphaEvents = await liveBriefEvents(viewerOf('alpha'), consultation.id, brief.id);
    const convenorEvents = await liveBriefEvents(member('convenor'), consultation.id, brief.id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    alphaEvents.drain(); // the pokes that warmed the convenor up reached alpha too
    await member('convenor').ok(REMOVE, removal(consultation, 'alpha'));
    await reannounce(t, consultation.id, brief.id)();
    expect(await alphaEvents.endedWithin(1_000)).not.toBeNull();
    expect(alphaEvents.drain()).toEqual([]);
    // The convenor still follows the brief, which stayed with the consultation.
    expect((await convenorEvents.next()).data?.briefEvents.kind).toBe('UPDATED');
  });

  it('refuses a VIEWER of the convenor and a participant (FORBIDDEN) and a stranger (NOT_FOUND), changing nothing', async () => {
    const consultation = await openConsultation(cast);
    const stranger = await signUpPerson(t);
    for (const [client, code] of [
      [viewerOf('convenor'), 'FORBIDDEN'],
      [member('beta'), 'FORBIDDEN'],
      [cast.alpha.owner.client, 'FORBIDDEN'],
      [stranger.client, 'NOT_FOUND'],
    ] as const) {
      const result = await client.gql(REMOVE, removal(consultation, 'alpha'));
      expect(errorCodes(result.errors)).toEqual([code]);
    }
    expect(await participantsOf(consultation.id)).toEqual(
      [cast.alpha.organization.id, cast.beta.organization.id].sort(),
    );
  });

  it('refuses bad input naming organizationId, and an organisation that is not invited, changing nothing', async () => {
    const consultation = await openConsultation(cast);
    const before = await participantsOf(consultation.id);
    const malformed = await member('convenor').gql(REMOVE, {
      input: { consultationId: consultation.id, organizationId: 'not-an-id' },
    });
    expect(errorCodes(malformed.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(malformed)).toEqual(['organizationId']);
    const notInvited = await member('convenor').gql(REMOVE, removal(consultation, 'convenor'));
    expect(errorCodes(notInvited.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(notInvited)).toEqual(['organizationId']);
    await member('convenor').ok(REMOVE, removal(consultation, 'beta'));
    const twice = await member('convenor').gql(REMOVE, removal(consultation, 'beta'));
    expect(fieldsOf(twice)).toEqual(['organizationId']);
    expect(await participantsOf(consultation.id)).toEqual(
      before.filter((id) => id !== cast.beta.organization.id),
    );
    const audited = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'consultation.participant_removed' AND target_id = $1`,
      [consultation.id],
    );
    expect(audited).toEqual([{ n: 1 }]);
  });

  it('is refused once the consultation has closed (CONFLICT), and allowed while it is a DRAFT', async () => {
    const closed = await openConsultation(cast);
    await member('convenor').ok(CLOSE, { id: closed.id });
    const refused = await member('convenor').gql(REMOVE, removal(closed, 'alpha'));
    expect(errorCodes(refused.errors)).toEqual(['CONFLICT']);
    expect(await participantsOf(closed.id)).toHaveLength(2);

    const draft = await openConsultation(cast, undefined, { open: false });
    await member('convenor').ok(REMOVE, removal(draft, 'alpha'));
    expect(await participantsOf(draft.id)).toEqual([cast.beta.organization.id]);
  });
});
