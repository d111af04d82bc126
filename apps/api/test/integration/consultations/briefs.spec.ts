import { BriefVisibility, MembershipRole } from '@ecw/domain';
import {
  BriefFactory,
  ConsultationFactory,
  consultationCast,
  openConsultation,
  type ConsultationCast,
} from '../../factories/consultation.factory.js';
import { signUpPerson, type Person } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type GqlResult, type TestClient } from '../../support/test-client.js';

const BRIEF = `query ($id: ID!) { contextBrief(id: $id) { id status title submittedAt answers { question { prompt } text }
  response { body organization { id } } } }`;
const BRIEFS = `query ($id: ID!, $status: BriefStatus) { consultation(id: $id) { briefs(status: $status) { totalCount edges { node { id status } } } } }`;
const UPDATE = `mutation ($input: UpdateBriefInput!) { updateBrief(input: $input) { id title status } }`;
const SUBMIT = `mutation ($id: ID!) { submitBrief(id: $id) { status submittedAt } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawBrief(id: $id) { status } }`;
const ACKNOWLEDGE = `mutation ($id: ID!) { acknowledgeBrief(id: $id) { status } }`;
const RESPOND = `mutation ($id: ID!, $body: String!) { respondToBrief(id: $id, body: $body) { status response { body } } }`;
const COMMENT = `mutation ($id: ID!, $body: String!) { addBriefComment(briefId: $id, body: $body) { id body attribution } }`;
const CREATE = `mutation ($input: CreateBriefInput!) { createBrief(input: $input) { id } }`;

const fieldsOf = (result: GqlResult) =>
  ((result.errors?.[0]?.extensions?.['fieldErrors'] ?? []) as { field: string }[])
    .map((error) => error.field)
    .sort();

describe('consultations: context briefs', () => {
  let t: TestApi;
  let platformAdmin: Person;
  let cast: ConsultationCast;

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t);
    cast = await consultationCast(t, platformAdmin);
  });
  afterAll(() => t.close());

  const member = (team: keyof ConsultationCast): TestClient =>
    cast[team].withRole(MembershipRole.MEMBER).client;
  const viewerOf = (team: keyof ConsultationCast): TestClient =>
    cast[team].withRole(MembershipRole.VIEWER).client;
  const code = async (client: TestClient, query: string, variables: Record<string, unknown>) =>
    errorCodes((await client.gql(query, variables)).errors);
  const idsOf = async (client: TestClient, consultationId: string, status?: string) =>
    (
      await client.ok<{ consultation: { briefs: { edges: { node: { id: string } }[] } } }>(BRIEFS, {
        id: consultationId,
        status,
      })
    ).consultation.briefs.edges.map((edge) => edge.node.id);

  it('a draft is seen by its own organisation only, the convenor included out', async () => {
    const consultation = await openConsultation(cast);
    const draft = await BriefFactory.create().createBy(
      member('alpha'),
      consultation.id,
      cast.alpha.organization.id,
    );
    expect(draft.status).toBe('DRAFT');
    expect(
      (await viewerOf('alpha').ok<{ contextBrief: { id: string } }>(BRIEF, { id: draft.id })).contextBrief.id,
    ).toBe(draft.id);
    expect(await code(member('convenor'), BRIEF, { id: draft.id })).toEqual(['NOT_FOUND']);
    expect(await code(member('beta'), BRIEF, { id: draft.id })).toEqual(['NOT_FOUND']);
    expect(await idsOf(member('convenor'), consultation.id)).toEqual([]);
    expect(await idsOf(viewerOf('alpha'), consultation.id)).toEqual([draft.id]);
  });

  it('is written by a MEMBER of an invited organisation only', async () => {
    const consultation = await openConsultation(cast);
    const input = BriefFactory.create().build(consultation.id, cast.alpha.organization.id);
    expect(await code(viewerOf('alpha'), CREATE, { input })).toEqual(['FORBIDDEN']);
    expect(await code(member('beta'), CREATE, { input })).toEqual(['FORBIDDEN']);
    const forConvenor = BriefFactory.create().build(consultation.id, cast.convenor.organization.id);
    expect(await code(member('convenor'), CREATE, { input: forConvenor })).toEqual(['FORBIDDEN']);
  });

  it('is submitted only while the consultation is OPEN', async () => {
    const consultation = await openConsultation(cast, ConsultationFactory.create(), { open: false });
    const draft = await BriefFactory.create().createBy(
      member('alpha'),
      consultation.id,
      cast.alpha.organization.id,
    );
    const refused = await member('alpha').gql(SUBMIT, { id: draft.id });
    expect(errorCodes(refused.errors)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.extensions?.['reason']).toBe('CONSULTATION_NOT_OPEN');
    await member('convenor').ok(`mutation ($id: ID!) { openConsultation(id: $id) { id } }`, {
      id: consultation.id,
    });
    const submitted = await member('alpha').ok<{ submitBrief: { status: string } }>(SUBMIT, { id: draft.id });
    expect(submitted.submitBrief.status).toBe('SUBMITTED');
    expect(await code(member('alpha'), SUBMIT, { id: draft.id })).toEqual(['CONFLICT']);
    const inbox = await member('convenor').ok<{
      notifications: { edges: { node: { kind: string; link: string } }[] };
    }>(`{ notifications(first: 20) { edges { node { kind link } } } }`);
    expect(inbox.notifications.edges.map((edge) => edge.node)).toContainEqual({
      kind: 'briefSubmittedAnonymously',
      link: `/consultations/${consultation.id}/briefs/${draft.id}`,
    });
  });

  it('refuses bad input naming each field, and changes nothing', async () => {
    const consultation = await openConsultation(cast);
    const other = await openConsultation(cast);
    const input = {
      ...BriefFactory.create().build(consultation.id, cast.alpha.organization.id),
      title: 't'.repeat(201),
      summary: 's'.repeat(2001),
      body: 'b'.repeat(100_001),
      topics: [],
      regions: ['r'.repeat(101)],
      languages: ['not a language'],
      answers: [{ questionId: other.questions[0]?.id, text: 'elsewhere' }],
    };
    const [{ n: before }] = await t.db.query(`SELECT count(*)::int AS n FROM context_briefs`);
    const result = await member('alpha').gql(CREATE, { input });
    expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(result)).toEqual(['body', 'languages.0', 'regions.0', 'summary', 'title', 'topics']);
    const answersOnly = {
      ...BriefFactory.create().build(consultation.id, cast.alpha.organization.id),
      answers: input.answers,
    };
    expect(fieldsOf(await member('alpha').gql(CREATE, { input: answersOnly }))).toEqual([
      'answers.0.questionId',
    ]);
    const [{ n: after }] = await t.db.query(`SELECT count(*)::int AS n FROM context_briefs`);
    expect(after).toBe(before);

    const draft = await BriefFactory.create({ title: 'Kept' }).createBy(
      member('alpha'),
      consultation.id,
      cast.alpha.organization.id,
    );
    const update = await member('alpha').gql(UPDATE, {
      input: { id: draft.id, title: 'x'.repeat(201), topics: [] },
    });
    expect(fieldsOf(update)).toEqual(['title', 'topics']);
    const [{ title }] = await t.db.query(`SELECT title FROM context_briefs WHERE id = $1`, [draft.id]);
    expect(title).toBe('Kept');
  });

  it('keeps answers to its consultation’s questions, and an update after submission as an UPDATED event', async () => {
    const consultation = await openConsultation(cast);
    const [first, second] = consultation.questions;
    const brief = await BriefFactory.create({
      answers: [
        { questionId: second?.id ?? '', text: 'Swahili and Somali' },
        { questionId: first?.id ?? '', text: 'The north' },
      ],
    }).submitBy(member('alpha'), consultation.id, cast.alpha.organization.id);
    const shown = await member('convenor').ok<{
      contextBrief: { answers: { question: { prompt: string }; text: string }[] };
    }>(BRIEF, {
      id: brief.id,
    });
    expect(shown.contextBrief.answers.map((answer) => answer.text)).toEqual([
      'The north',
      'Swahili and Somali',
    ]);
    await member('alpha').ok(UPDATE, { input: { id: brief.id, title: 'Revised' } });
    const events = await t.db.query(`SELECT kind FROM brief_events WHERE brief_id = $1 ORDER BY at`, [
      brief.id,
    ]);
    expect(events.map((event: { kind: string }) => event.kind)).toEqual(['SUBMITTED', 'UPDATED']);
  });

  it('CONVENOR_ONLY: other participants see none; ALL_PARTICIPANTS: they see submitted briefs, never drafts', async () => {
    const hidden = await openConsultation(
      cast,
      ConsultationFactory.create({ briefVisibility: BriefVisibility.CONVENOR_ONLY }),
    );
    const submitted = await BriefFactory.create().submitBy(
      member('alpha'),
      hidden.id,
      cast.alpha.organization.id,
    );
    expect(await code(member('beta'), BRIEF, { id: submitted.id })).toEqual(['NOT_FOUND']);
    expect(await idsOf(member('beta'), hidden.id)).toEqual([]);
    expect(await idsOf(member('convenor'), hidden.id)).toEqual([submitted.id]);

    const shared = await openConsultation(
      cast,
      ConsultationFactory.create({ briefVisibility: BriefVisibility.ALL_PARTICIPANTS }),
    );
    const visible = await BriefFactory.create().submitBy(
      member('alpha'),
      shared.id,
      cast.alpha.organization.id,
    );
    const draft = await BriefFactory.create().createBy(
      member('alpha'),
      shared.id,
      cast.alpha.organization.id,
    );
    expect(await idsOf(viewerOf('beta'), shared.id)).toEqual([visible.id]);
    expect(await code(member('beta'), BRIEF, { id: draft.id })).toEqual(['NOT_FOUND']);
    await member('alpha').ok(WITHDRAW, { id: visible.id });
    expect(await idsOf(viewerOf('beta'), shared.id)).toEqual([]);
    expect(await idsOf(member('convenor'), shared.id, 'WITHDRAWN')).toEqual([visible.id]);
  });

  it('lists briefs by submission time, not by organisation', async () => {
    const consultation = await openConsultation(cast);
    const one = await BriefFactory.create().createBy(
      member('beta'),
      consultation.id,
      cast.beta.organization.id,
    );
    const two = await BriefFactory.create().submitBy(
      member('alpha'),
      consultation.id,
      cast.alpha.organization.id,
    );
    await member('beta').ok(SUBMIT, { id: one.id });
    expect(await idsOf(member('convenor'), consultation.id)).toEqual([two.id, one.id]);
  });

  it('is acknowledged and answered by the convenor only: the submitter and a convenor VIEWER are FORBIDDEN', async () => {
    const consultation = await openConsultation(cast);
    const brief = await BriefFactory.create().submitBy(
      member('alpha'),
      consultation.id,
      cast.alpha.organization.id,
    );
    const own = await member('alpha').gql(ACKNOWLEDGE, { id: brief.id });
    expect(errorCodes(own.errors)).toEqual(['FORBIDDEN']);
    expect(own.errors?.[0]?.extensions?.['reason']).toBe('BRIEF_OWN_BRIEF');
    expect(await code(cast.alpha.owner.client, RESPOND, { id: brief.id, body: 'self' })).toEqual([
      'FORBIDDEN',
    ]);
    expect(await code(viewerOf('convenor'), ACKNOWLEDGE, { id: brief.id })).toEqual(['FORBIDDEN']);
    expect(await code(member('beta'), ACKNOWLEDGE, { id: brief.id })).toEqual(['NOT_FOUND']);
    await member('convenor').ok(ACKNOWLEDGE, { id: brief.id });
    expect(await code(member('convenor'), ACKNOWLEDGE, { id: brief.id })).toEqual(['CONFLICT']);
    const responded = await member('convenor').ok<{ respondToBrief: { status: string } }>(RESPOND, {
      id: brief.id,
      body: 'We are adding reviewers.',
    });
    expect(responded.respondToBrief.status).toBe('RESPONDED');
    const seen = await viewerOf('alpha').ok<{
      contextBrief: { response: { body: string; organization: { id: string } } };
    }>(BRIEF, {
      id: brief.id,
    });
    expect(seen.contextBrief.response).toEqual({
      body: 'We are adding reviewers.',
      organization: { id: cast.convenor.organization.id },
    });
    const inbox = await viewerOf('alpha').ok<{ notifications: { edges: { node: { kind: string } }[] } }>(
      `{ notifications(first: 20) { edges { node { kind } } } }`,
    );
    expect(inbox.notifications.edges.map((edge) => edge.node.kind)).toEqual(
      expect.arrayContaining(['briefAcknowledged', 'briefResponded']),
    );
  });

  it('comments: the convenor and the brief’s organisation; other participants only with ALL_PARTICIPANTS; never a VIEWER', async () => {
    const hidden = await openConsultation(cast);
    const brief = await BriefFactory.create().submitBy(
      member('alpha'),
      hidden.id,
      cast.alpha.organization.id,
    );
    await member('convenor').ok(COMMENT, { id: brief.id, body: 'Can you share more?' });
    await member('alpha').ok(COMMENT, { id: brief.id, body: 'Yes, attached.' });
    expect(await code(member('beta'), COMMENT, { id: brief.id, body: 'hi' })).toEqual(['NOT_FOUND']);
    expect(await code(viewerOf('alpha'), COMMENT, { id: brief.id, body: 'hi' })).toEqual(['FORBIDDEN']);
    const bad = await member('alpha').gql(COMMENT, { id: brief.id, body: 'c'.repeat(10_001) });
    expect(fieldsOf(bad)).toEqual(['body']);

    const shared = await openConsultation(
      cast,
      ConsultationFactory.create({ briefVisibility: BriefVisibility.ALL_PARTICIPANTS }),
    );
    const open = await BriefFactory.create().submitBy(member('alpha'), shared.id, cast.alpha.organization.id);
    const byBeta = await member('beta').ok<{ addBriefComment: { attribution: string } }>(COMMENT, {
      id: open.id,
      body: 'Same here.',
    });
    expect(byBeta.addBriefComment.attribution).toContain(cast.beta.organization.name);
    const list = await viewerOf('alpha').ok<{
      contextBrief: { comments: { totalCount: number; edges: { node: { body: string } }[] } };
    }>(`query ($id: ID!) { contextBrief(id: $id) { comments { totalCount edges { node { body } } } } }`, {
      id: open.id,
    });
    expect(list.contextBrief.comments.totalCount).toBe(1);
  });

  it('viewerCanComment says beforehand what addBriefComment decides, for every viewer of the brief', async () => {
    const canComment = async (client: TestClient, id: string) =>
      (
        await client.ok<{ contextBrief: { viewerCanComment: boolean } }>(
          `query ($id: ID!) { contextBrief(id: $id) { viewerCanComment } }`,
          { id },
        )
      ).contextBrief.viewerCanComment;
    const hidden = await openConsultation(cast);
    const brief = await BriefFactory.create().submitBy(
      member('alpha'),
      hidden.id,
      cast.alpha.organization.id,
    );
    expect(await canComment(member('convenor'), brief.id)).toBe(true);
    expect(await canComment(member('alpha'), brief.id)).toBe(true);
    expect(await canComment(viewerOf('alpha'), brief.id)).toBe(false);
    expect(await canComment(viewerOf('convenor'), brief.id)).toBe(false);
    expect(await code(viewerOf('convenor'), COMMENT, { id: brief.id, body: 'hi' })).toEqual(['FORBIDDEN']);

    const shared = await openConsultation(
      cast,
      ConsultationFactory.create({ briefVisibility: BriefVisibility.ALL_PARTICIPANTS }),
    );
    const open = await BriefFactory.create().submitBy(member('alpha'), shared.id, cast.alpha.organization.id);
    expect(await canComment(member('beta'), open.id)).toBe(true);
    expect(await canComment(viewerOf('beta'), open.id)).toBe(false);
    expect(await code(viewerOf('beta'), COMMENT, { id: open.id, body: 'hi' })).toEqual(['FORBIDDEN']);
  });
});
