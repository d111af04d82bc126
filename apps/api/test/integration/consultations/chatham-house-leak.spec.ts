import {
  AttributionRule,
  BriefEventKind,
  BriefVisibility,
  ConsultationEventKind,
  MembershipRole,
  OrganizationKind,
} from '@ecw/domain';
import { ConsultationEvents } from '../../../src/consultations/consultation-events.js';
import { BriefFactory, ConsultationFactory, reannounce } from '../../factories/consultation.factory.js';
import {
  OrganizationFactory,
  addMember,
  signUpPerson,
  verifyOrganization,
  type Person,
} from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { type TestClient } from '../../support/test-client.js';
import { openWsClient, type LiveSubscription, type WsTestClient } from '../../support/ws-client.js';

/**
 * THE LEAK TEST. Distinctive organisation, person and e-mail names are planted on the author's side;
 * every query, subscription, notification, audit view and error another viewer can reach about a
 * brief or a comment is captured as raw JSON and must not contain any of them. Under ATTRIBUTED the
 * same capture does contain them, which proves the check can fail.
 */
const BRIEF_FIELDS = `id title summary body topics regions languages riskLevel status submittedAt
  submitter { id name kind website countryCodes } attribution
  answers { question { id prompt position } text }
  response { body respondedAt organization { id name } }
  comments(first: 10) { totalCount pageInfo { endCursor } edges { cursor node { id body createdAt author { id displayName } attribution } } }`;
/** `participants` is left out for the convenor, who may know who was invited (never who wrote what). */
const CONSULTATION_FIELDS = (
  withParticipants: boolean,
) => `id title description status attributionRule briefVisibility
  convenor { id name } participantCount viewerCanSubmit outcome { summary } questions { id prompt }
  ${withParticipants ? 'participants { id name website }' : ''}
  briefs(first: 10) { totalCount edges { cursor node { id title summary status submittedAt submitter { id name } attribution
    answers { text } response { body organization { name } } comments(first: 5) { totalCount } } } }`;
const EVENTS = `subscription ($id: ID!) { briefEvents(consultationId: $id) { kind brief { ${BRIEF_FIELDS} } comment { id body author { id displayName } attribution } } }`;
const CONSULTATION_EVENTS = `subscription ($id: ID!) { consultationEvents(consultationId: $id) { kind briefId consultation { ${CONSULTATION_FIELDS(true)} } } }`;

interface Side {
  organization: { id: string; name: string };
  people: Person[];
}

type Events = LiveSubscription<{ briefEvents: { kind: string; brief: { id: string } } }>;

describe('Chatham House Rule: planted names never reach another organisation', () => {
  let t: TestApi;
  let platformAdmin: Person;
  const sockets: WsTestClient[] = [];

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t);
  });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((socket) => socket.close()));
  });
  afterAll(() => t.close());

  /** An organisation whose owner and MEMBER carry planted names and addresses. */
  async function plantedSide(tag: string, kind: OrganizationKind): Promise<Side> {
    const owner = await signUpPerson(t, {
      displayName: `Ilsabet Vantrook ${tag}`,
      email: `ilsabet.vantrook.${tag}@qorvexa-leak.example`,
    });
    const organization = await OrganizationFactory.create({
      name: `Qorvexa Monitors ${tag}`,
      kind,
      website: `https://qorvexa-${tag}.example`,
    }).createBy(owner.client);
    await verifyOrganization(platformAdmin.client, organization.id);
    const writer = await signUpPerson(t, {
      displayName: `Tomasz Brindlecombe ${tag}`,
      email: `tomasz.brindlecombe.${tag}@qorvexa-leak.example`,
    });
    await addMember(t, organization.id, owner.client, MembershipRole.MEMBER, writer);
    return { organization, people: [owner, writer] };
  }

  const secretsOf = (side: Side): string[] => [
    side.organization.name,
    side.organization.id,
    `qorvexa-${side.organization.name.split(' ').at(-1)}`,
    ...side.people.flatMap((person) => [person.displayName, person.email, person.userId]),
  ];

  function leaks(raw: string, secrets: string[]): string[] {
    const text = raw.toLowerCase();
    return secrets.filter((secret) => text.includes(secret.toLowerCase()));
  }

  async function subscribe(
    client: TestClient,
    consultationId: string,
    warmUp: () => Promise<unknown>,
    operation = EVENTS,
  ): Promise<Events> {
    const socket = openWsClient(t.url, { cookie: client.sessionCookie });
    sockets.push(socket);
    await socket.connected;
    const events: Events = socket.subscribe(operation, { id: consultationId });
    await events.next({ poke: warmUp, timeoutMs: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    events.drain();
    return events;
  }

  async function collect(events: Events, count: number): Promise<string[]> {
    const received: string[] = [];
    for (let index = 0; index < count; index += 1)
      received.push(JSON.stringify(await events.next({ timeoutMs: 10_000 })));
    return received;
  }

  /**
   * One consultation walked end to end: the author side (alpha) writes, comments, is answered; the
   * convenor and another participant (beta) read everything they can. Returns the raw answers each got.
   */
  async function walk(attributionRule: AttributionRule) {
    const convenor = await plantedSide(`convenor${attributionRule.length}`, OrganizationKind.TECH_COMPANY);
    const alpha = await plantedSide(`alpha${attributionRule.length}`, OrganizationKind.CIVIL_SOCIETY);
    const beta = await plantedSide(`beta${attributionRule.length}`, OrganizationKind.CIVIL_SOCIETY);
    const [convenorOwner, convenorWriter] = convenor.people as [Person, Person];
    const [alphaOwner, alphaWriter] = alpha.people as [Person, Person];
    const [, betaWriter] = beta.people as [Person, Person];

    const consultation = await ConsultationFactory.create({
      attributionRule,
      briefVisibility: BriefVisibility.ALL_PARTICIPANTS,
    }).createBy(convenorWriter.client, convenor.organization.id);
    await convenorWriter.client.ok(
      `mutation ($id: ID!, $ids: [ID!]!) { inviteToConsultation(consultationId: $id, organizationIds: $ids) { id } }`,
      {
        id: consultation.id,
        ids: [alpha.organization.id, beta.organization.id],
      },
    );
    await convenorWriter.client.ok(`mutation ($id: ID!) { openConsultation(id: $id) { id } }`, {
      id: consultation.id,
    });

    // A brief of beta's own warms the sockets up: every subscriber may see it.
    const warm = await BriefFactory.create({ title: 'warm-up' }).submitBy(
      betaWriter.client,
      consultation.id,
      beta.organization.id,
    );
    const poke = reannounce(t, consultation.id, warm.id);
    const convenorEvents = await subscribe(convenorOwner.client, consultation.id, poke);
    const betaEvents = await subscribe(betaWriter.client, consultation.id, poke);
    const betaConsultationEvents = await subscribe(
      betaWriter.client,
      consultation.id,
      () =>
        t.api.app.get(ConsultationEvents).publish({
          kind: ConsultationEventKind.OUTCOME_PUBLISHED,
          consultationId: consultation.id,
          briefId: null,
        }),
      CONSULTATION_EVENTS,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    convenorEvents.drain(); // the pokes that warmed beta up reached the convenor too
    betaEvents.drain();

    const [question] = consultation.questions;
    const brief = await BriefFactory.create({
      title: 'Militia harassment',
      answers: [{ questionId: question?.id ?? '', text: 'In the northern districts' }],
    }).submitBy(alphaWriter.client, consultation.id, alpha.organization.id);
    await alphaWriter.client.ok(
      `mutation ($input: UpdateBriefInput!) { updateBrief(input: $input) { id } }`,
      {
        input: { id: brief.id, summary: 'Updated summary' },
      },
    );
    const comment = `mutation ($id: ID!, $body: String!) { addBriefComment(briefId: $id, body: $body) { ${'id body author { id displayName } attribution'} } }`;
    const answers: Record<'convenor' | 'beta' | 'alpha', string[]> = { convenor: [], beta: [], alpha: [] };
    answers.alpha.push(
      JSON.stringify(await alphaOwner.client.gql(comment, { id: brief.id, body: 'More evidence attached.' })),
    );
    answers.convenor.push(
      JSON.stringify(
        await convenorWriter.client.gql(comment, { id: brief.id, body: 'Thank you, which platforms?' }),
      ),
    );
    answers.beta.push(
      JSON.stringify(await betaWriter.client.gql(comment, { id: brief.id, body: 'We see the same.' })),
    );
    // The convenor's dashboard, while the brief is still unanswered (so it is listed there).
    const dashboard = await convenorWriter.client.gql(
      `query ($id: ID!) { consultation(id: $id) { dashboard { byStatus { status count } unanswered { ${BRIEF_FIELDS} } } } }`,
      { id: consultation.id },
    );
    expect(dashboard.errors).toBeUndefined();
    expect(JSON.stringify(dashboard)).toContain(brief.id);
    answers.convenor.push(JSON.stringify(dashboard));
    answers.convenor.push(
      JSON.stringify(
        await convenorWriter.client.gql(
          `mutation ($id: ID!) { acknowledgeBrief(id: $id) { ${BRIEF_FIELDS} } }`,
          { id: brief.id },
        ),
      ),
    );
    answers.convenor.push(
      JSON.stringify(
        await convenorWriter.client.gql(
          `mutation ($id: ID!, $b: String!) { respondToBrief(id: $id, body: $b) { ${BRIEF_FIELDS} } }`,
          { id: brief.id, b: 'We are acting.' },
        ),
      ),
    );
    // The outcome, published while every brief above is on the page, arrives live at beta.
    answers.convenor.push(
      JSON.stringify(
        await convenorWriter.client.gql(
          `mutation ($id: ID!) { publishConsultationOutcome(consultationId: $id, summary: "What we heard") { ${CONSULTATION_FIELDS(false)} } }`,
          { id: consultation.id },
        ),
      ),
    );
    answers.beta.push(...(await collect(betaConsultationEvents, 1)));
    // The subscriptions: SUBMITTED, UPDATED, 3 × COMMENTED, ACKNOWLEDGED, RESPONDED.
    answers.convenor.push(...(await collect(convenorEvents, 7)));
    answers.beta.push(...(await collect(betaEvents, 7)));

    for (const [side, client, withParticipants] of [
      ['convenor', convenorOwner.client, false],
      ['convenor', convenorWriter.client, false],
      ['beta', betaWriter.client, true],
      ['alpha', alphaOwner.client, true],
    ] as const) {
      const reads = [
        client.gql(
          `query ($id: ID!) { consultation(id: $id) { ${CONSULTATION_FIELDS(withParticipants)} } }`,
          { id: consultation.id },
        ),
        client.gql(
          `query ($id: ID!) { contextBrief(id: $id) { ${BRIEF_FIELDS} consultation { id title } } }`,
          { id: brief.id },
        ),
        client.gql(`{ consultations(first: 3) { edges { node { id ${withParticipants ? 'participants { name }' : ''}
          briefs(first: 10) { edges { node { id title submitter { id name } attribution } } } } } } }`),
        client.gql(`{ notifications(first: 100) { edges { node { kind message link } } } }`),
        // Errors: what a refused or repeated act tells the one who tried.
        client.gql(`mutation ($id: ID!) { acknowledgeBrief(id: $id) { id } }`, { id: brief.id }),
        client.gql(`mutation ($input: UpdateBriefInput!) { updateBrief(input: $input) { id } }`, {
          input: { id: brief.id, title: 'x'.repeat(300) },
        }),
        client.gql(`mutation ($id: ID!) { withdrawBrief(id: $id) { id } }`, { id: brief.id }),
      ];
      const results = await Promise.all(reads);
      // The reads must succeed, or an empty answer would pass for a redacted one.
      for (const [index, read] of results.slice(0, 4).entries())
        expect({ index, errors: read.errors }).toEqual({ index, errors: undefined });
      for (const result of results) answers[side].push(JSON.stringify(result));
    }
    // Alpha's own withdrawal above: the convenor still reads the brief and gets it, redacted; beta
    // no longer may, and is told its id only.
    const [withdrawnForConvenor] = await collect(convenorEvents, 1);
    expect(withdrawnForConvenor).toContain('"kind":"WITHDRAWN"');
    answers.convenor.push(withdrawnForConvenor ?? '');
    const [withdrawnForBeta] = await collect(betaConsultationEvents, 1);
    expect(JSON.parse(withdrawnForBeta ?? '{}')).toMatchObject({
      data: { consultationEvents: { kind: 'BRIEF_WITHDRAWN', briefId: brief.id } },
    });
    answers.beta.push(withdrawnForBeta ?? '');
    // Exports and search results, as the convenor gets them.
    const exports: string[] = [];
    for (const format of ['CSV', 'HTML']) {
      const exported = JSON.stringify(
        await convenorWriter.client.gql(
          `mutation ($input: ExportConsultationBriefsInput!) { exportConsultationBriefs(input: $input) { filename content briefCount } }`,
          { input: { consultationId: consultation.id, format } },
        ),
      );
      // The export carries the answer and every comment: the capture covers them, not an empty file.
      for (const written of [
        'In the northern districts',
        'More evidence attached.',
        'Thank you, which platforms?',
        'We see the same.',
        'We are acting.',
      ])
        expect({ format, written, found: exported.includes(written) }).toEqual({
          format,
          written,
          found: true,
        });
      exports.push(exported);
    }
    answers.convenor.push(...exports);
    for (const [side, client] of [
      ['convenor', convenorWriter.client],
      ['beta', betaWriter.client],
    ] as const) {
      const searched = await client.gql(
        `query ($id: ID!) { consultation(id: $id) { briefs(filter: { search: "harassment" }) { totalCount edges { node { id attribution submitter { name } } } } } }`,
        { id: consultation.id },
      );
      // By now alpha has withdrawn it: the convenor still finds it, beta (rightly) no longer does.
      if (side === 'convenor') expect(JSON.stringify(searched)).toContain(brief.id);
      answers[side].push(JSON.stringify(searched));
    }
    answers.convenor.push(
      JSON.stringify(
        await convenorOwner.client.gql(
          `query ($id: ID!) { auditLog(organizationId: $id, first: 100) { edges { node { action targetType targetId actor { id displayName } organization { name } } } } }`,
          {
            id: convenor.organization.id,
          },
        ),
      ),
    );
    // Alpha removed at last: its brief stays with the consultation, as unattributed as before.
    const removed = await convenorWriter.client.gql(
      `mutation ($input: RemoveConsultationParticipantInput!) { removeConsultationParticipant(input: $input) { ${CONSULTATION_FIELDS(false)} } }`,
      { input: { consultationId: consultation.id, organizationId: alpha.organization.id } },
    );
    expect(removed.errors).toBeUndefined();
    expect(JSON.stringify(removed)).toContain(brief.id);
    answers.convenor.push(JSON.stringify(removed));
    return { convenor, alpha, beta, answers, brief, exports };
  }

  it('CHATHAM_HOUSE: no other organisation, the convenor included, receives the author side’s names, people or addresses', async () => {
    const { convenor, alpha, beta, answers } = await walk(AttributionRule.CHATHAM_HOUSE);
    const everyAnswer = (side: keyof typeof answers) => answers[side].join('\n');
    expect(leaks(everyAnswer('convenor'), secretsOf(alpha))).toEqual([]);
    expect(leaks(everyAnswer('convenor'), secretsOf(beta))).toEqual([]);
    expect(leaks(everyAnswer('beta'), secretsOf(alpha))).toEqual([]);
    // The convenor organisation is public to participants; its people are not.
    const convenorPeople = convenor.people.flatMap((person) => [
      person.displayName,
      person.email,
      person.userId,
    ]);
    expect(leaks(everyAnswer('beta'), convenorPeople)).toEqual([]);
    expect(leaks(everyAnswer('alpha'), convenorPeople)).toEqual([]);
    expect(leaks(everyAnswer('alpha'), secretsOf(beta))).toEqual([]);
    // Neutral labels stand in their place.
    expect(everyAnswer('convenor')).toContain('A participating organisation');
    expect(everyAnswer('beta')).toContain('The convenor');
    expect(everyAnswer('convenor')).toContain('A participant');
  });

  it('ATTRIBUTED: submitters and authors are shown normally (and the capture above would have caught them)', async () => {
    const { alpha, beta, answers, brief, exports } = await walk(AttributionRule.ATTRIBUTED);
    const [alphaOwner, alphaWriter] = alpha.people as [Person, Person];
    // The exports name the submitter and the comments' authors (alpha's owner only commented).
    expect(leaks(exports.join('\n'), secretsOf(alpha))).toEqual(
      expect.arrayContaining([alpha.organization.name, alphaOwner.displayName]),
    );
    expect(leaks(answers.convenor.join('\n'), secretsOf(alpha))).toEqual(
      expect.arrayContaining([alpha.organization.name, alpha.organization.id, alpha.people[0]?.displayName]),
    );
    expect(leaks(answers.beta.join('\n'), [alpha.organization.name])).toEqual([alpha.organization.name]);
    // Never an e-mail address, under any rule.
    expect(leaks(answers.convenor.join('\n'), [alphaWriter.email, beta.people[1]?.email ?? ''])).toEqual([]);
    const shown = JSON.parse(answers.convenor.find((raw) => raw.includes('"contextBrief"')) ?? '{}') as {
      data: { contextBrief: { submitter: { id: string }; attribution: string } };
    };
    expect(shown.data.contextBrief.submitter.id).toBe(alpha.organization.id);
    expect(shown.data.contextBrief.attribution).toBe(alpha.organization.name);
    expect(brief.id).toEqual(expect.any(String));
    expect(BriefEventKind.SUBMITTED).toBe('SUBMITTED');
  });
});
