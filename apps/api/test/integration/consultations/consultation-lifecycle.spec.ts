import { AttributionRule, BriefVisibility, MembershipRole } from '@ecw/domain';
import { ConsultationCloser } from '../../../src/consultations/consultation-closer.js';
import {
  BriefFactory,
  ConsultationFactory,
  consultationCast,
  openConsultation,
  type ConsultationCast,
} from '../../factories/consultation.factory.js';
import { ElectionFactory } from '../../factories/election.factory.js';
import { signUpPerson, type Person } from '../../factories/organization.factory.js';
import { EventBus } from '../../../src/core/pubsub/event-bus.js';
import { EVERY_SCOPE } from '../../../src/core/pubsub/topics.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type GqlResult } from '../../support/test-client.js';

const CONSULTATION = `query ($id: ID!) { consultation(id: $id) {
  id title status attributionRule briefVisibility countryCodes viewerCanSubmit participantCount
  convenor { id } questions { prompt position } participants { id } outcome { summary publishedAt } } }`;
const LIST = `query ($filter: ConsultationFilter) { consultations(filter: $filter) { totalCount edges { node { id } } } }`;
const CREATE = `mutation ($input: CreateConsultationInput!) { createConsultation(input: $input) { id status questions { prompt position } } }`;
const UPDATE = `mutation ($input: UpdateConsultationInput!) { updateConsultation(input: $input) { id title attributionRule closesAt } }`;
const OPEN = `mutation ($id: ID!) { openConsultation(id: $id) { status } }`;
const CLOSE = `mutation ($id: ID!) { closeConsultation(id: $id) { status } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveConsultation(input: { id: $id }) { status } }`;
const OUTCOME = `mutation ($id: ID!, $summary: String!) { publishConsultationOutcome(consultationId: $id, summary: $summary) { outcome { summary } } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { edges { node { kind message link } } } }`;

interface Shown {
  consultation: {
    status: string;
    viewerCanSubmit: boolean;
    participantCount: number;
    participants: { id: string }[];
    questions: { prompt: string; position: number }[];
    outcome: { summary: string } | null;
  } | null;
}

const fieldsOf = (result: GqlResult) =>
  ((result.errors?.[0]?.extensions?.['fieldErrors'] ?? []) as { field: string }[]).map(
    (error) => error.field,
  );

describe('consultations: lifecycle', () => {
  let t: TestApi;
  let platformAdmin: Person;
  let cast: ConsultationCast;

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t);
    cast = await consultationCast(t, platformAdmin);
  });
  afterAll(() => t.close());

  const member = (team: keyof ConsultationCast) => cast[team].withRole(MembershipRole.MEMBER).client;
  const viewerOf = (team: keyof ConsultationCast) => cast[team].withRole(MembershipRole.VIEWER).client;
  const count = async (table: string) =>
    (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  it('a MEMBER of the convenor creates a DRAFT with its questions in order', async () => {
    const factory = ConsultationFactory.create({ questions: ['First?', 'Second?', 'Third?'] });
    const created = await factory.createBy(member('convenor'), cast.convenor.organization.id);
    expect(created.status).toBe('DRAFT');
    expect(created.questions).toEqual([
      { id: expect.any(String), prompt: 'First?', position: 0 },
      { id: expect.any(String), prompt: 'Second?', position: 1 },
      { id: expect.any(String), prompt: 'Third?', position: 2 },
    ]);
  });

  it('a VIEWER of the convenor may not create one (FORBIDDEN), nor a member of another organisation for it', async () => {
    const input = ConsultationFactory.create().build(cast.convenor.organization.id);
    expect(errorCodes((await viewerOf('convenor').gql(CREATE, { input })).errors)).toEqual(['FORBIDDEN']);
    expect(errorCodes((await member('alpha').gql(CREATE, { input })).errors)).toEqual(['FORBIDDEN']);
  });

  it('refuses bad input naming each field, and creates nothing', async () => {
    const before = await count('consultations');
    const input = {
      ...ConsultationFactory.create().build(cast.convenor.organization.id),
      title: 'x'.repeat(201),
      countryCodes: ['ZZ'],
      opensAt: '2030-01-02T00:00:00Z',
      closesAt: '2030-01-01T00:00:00Z',
      questions: ['ok', 'q'.repeat(1001)],
    };
    const result = await member('convenor').gql(CREATE, { input });
    expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(result).sort()).toEqual(['closesAt', 'countryCodes.0', 'questions.1', 'title']);
    expect(await count('consultations')).toBe(before);
  });

  it('refuses an instant PostgreSQL cannot store (found by the mutation fuzzer: it was a 500) and changes nothing', async () => {
    const { id } = await ConsultationFactory.create().createBy(
      member('convenor'),
      cast.convenor.organization.id,
    );
    const before = await t.db.query(`SELECT * FROM consultations WHERE id = $1`, [id]);
    // The fuzzer's instant (4713 BC) is no ISO 8601 instant: the DateTime scalar refuses it, naming the field.
    const fuzzed = await member('convenor').gql(UPDATE, {
      input: { id, closesAt: '-004713-11-23T23:59:59.999Z' },
    });
    expect(errorCodes(fuzzed.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fuzzed.errors?.[0]?.message).toContain('at "input.closesAt"');
    // The year 0 is one (1 BC), which PostgreSQL stores; the API keeps to the years 1 to 9999.
    const closesAt = '0000-12-31T23:59:59.999Z';
    const updated = await member('convenor').gql(UPDATE, { input: { id, closesAt } });
    expect(errorCodes(updated.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(updated)).toEqual(['closesAt']);
    expect(await t.db.query(`SELECT * FROM consultations WHERE id = $1`, [id])).toEqual(before);
    const count = await t.db.query(`SELECT count(*)::int AS n FROM consultations`);
    const input = { ...ConsultationFactory.create().build(cast.convenor.organization.id), opensAt: closesAt };
    const created = await member('convenor').gql(CREATE, { input });
    expect(errorCodes(created.errors)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(created)).toEqual(['opensAt']);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM consultations`)).toEqual(count);
  });

  it('invites organisations (their owners are notified), and shows participants as redacted for each viewer', async () => {
    const created = await openConsultation(cast, ConsultationFactory.create(), { open: false });
    const asConvenor = await member('convenor').ok<Shown>(CONSULTATION, { id: created.id });
    expect(asConvenor.consultation?.participants.map((p) => p.id).sort()).toEqual(
      [cast.alpha.organization.id, cast.beta.organization.id].sort(),
    );
    const asAlpha = await member('alpha').ok<Shown>(CONSULTATION, { id: created.id });
    expect(asAlpha.consultation?.participants).toEqual([{ id: cast.alpha.organization.id }]);
    expect(asAlpha.consultation?.participantCount).toBe(2);
    expect(asAlpha.consultation?.viewerCanSubmit).toBe(false); // still a DRAFT

    const inbox = await cast.alpha.owner.client.ok<{
      notifications: { edges: { node: { kind: string; link: string } }[] };
    }>(NOTIFICATIONS);
    expect(inbox.notifications.edges.map((edge) => edge.node)).toContainEqual(
      expect.objectContaining({ kind: 'consultationInvited', link: `/consultations/${created.id}` }),
    );
  });

  it('announces access:changed for every member of an invited organisation, after the invitation commits', async () => {
    const stream = t.api.app.get(EventBus).subscribe('access:changed', EVERY_SCOPE);
    // The bus subscribes on the first pull: ask for the first event before anything is published
    // (creating the consultation takes a round trip before the invitation).
    let pending = stream.next();
    const created = await openConsultation(cast, ConsultationFactory.create(), { open: false });
    const invited = [cast.alpha, cast.beta].flatMap((team) => [team.owner, ...team.members]);
    const heard: { userId: string; resource: { kind: string; id: string } }[] = [];
    while (heard.filter((event) => event.resource.id === created.id).length < invited.length) {
      const next = await pending;
      if (next.done) break;
      heard.push(next.value);
      pending = stream.next();
    }
    await stream.return?.();
    const forThis = heard.filter((event) => event.resource.id === created.id);
    expect(forThis.map((event) => event.userId).sort()).toEqual(
      invited.map((person) => person.userId).sort(),
    );
    expect(new Set(forThis.map((event) => event.resource.kind))).toEqual(new Set(['consultation']));
    // Nobody of the convenor gained access: its members hear nothing about this consultation.
    const convenorIds = new Set(
      [cast.convenor.owner, ...cast.convenor.members].map((person) => person.userId),
    );
    expect(forThis.filter((event) => convenorIds.has(event.userId))).toEqual([]);
  });

  it('is null + NOT_FOUND to anyone outside the convenor and the invited, and absent from their lists', async () => {
    const created = await openConsultation(cast);
    const stranger = await signUpPerson(t);
    const result = await stranger.client.gql<Shown>(CONSULTATION, { id: created.id });
    expect(result.data?.consultation).toBeNull();
    expect(errorCodes(result.errors)).toEqual(['NOT_FOUND']);
    const list = await stranger.client.ok<{ consultations: { totalCount: number } }>(LIST);
    expect(list.consultations.totalCount).toBe(0);
    const mine = await viewerOf('beta').ok<{ consultations: { edges: { node: { id: string } }[] } }>(LIST, {
      filter: { status: 'OPEN' },
    });
    expect(mine.consultations.edges.map((edge) => edge.node.id)).toContain(created.id);
  });

  it('opens, closes and archives in order; other moves are CONFLICT; participants may not move it', async () => {
    const created = await openConsultation(cast, ConsultationFactory.create(), { open: false });
    const convenor = member('convenor');
    expect(errorCodes((await convenor.gql(CLOSE, { id: created.id })).errors)).toEqual(['CONFLICT']);
    expect(errorCodes((await member('alpha').gql(OPEN, { id: created.id })).errors)).toEqual(['FORBIDDEN']);
    expect(
      (await convenor.ok<{ openConsultation: { status: string } }>(OPEN, { id: created.id })).openConsultation
        .status,
    ).toBe('OPEN');
    const alphaSees = await member('alpha').ok<Shown>(CONSULTATION, { id: created.id });
    expect(alphaSees.consultation?.viewerCanSubmit).toBe(true);
    const viewerSees = await viewerOf('alpha').ok<Shown>(CONSULTATION, { id: created.id });
    expect(viewerSees.consultation?.viewerCanSubmit).toBe(false);
    expect(errorCodes((await convenor.gql(ARCHIVE, { id: created.id })).errors)).toEqual(['CONFLICT']);
    expect(
      (await convenor.ok<{ closeConsultation: { status: string } }>(CLOSE, { id: created.id }))
        .closeConsultation.status,
    ).toBe('CLOSED');
    expect(
      (await convenor.ok<{ archiveConsultation: { status: string } }>(ARCHIVE, { id: created.id }))
        .archiveConsultation.status,
    ).toBe('ARCHIVED');
  });

  it('closes by itself at closesAt, once, even with several instances running the job at the same time', async () => {
    const created = await openConsultation(cast);
    await t.db.query(`UPDATE consultations SET closes_at = now() - interval '1 second' WHERE id = $1`, [
      created.id,
    ]);
    const closer = t.api.app.get(ConsultationCloser);
    const second = await startTestApi({}, { url: t.databaseUrl });
    try {
      const runs = await Promise.all([
        closer.closeDue(),
        second.api.app.get(ConsultationCloser).closeDue(),
        closer.closeDue(),
      ]);
      expect(runs.flat().filter((id) => id === created.id)).toHaveLength(1);
    } finally {
      await second.close();
    }
    const shown = await member('convenor').ok<Shown>(CONSULTATION, { id: created.id });
    expect(shown.consultation?.status).toBe('CLOSED');
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'consultation.closed' AND target_id = $1`,
      [created.id],
    );
    expect(n).toBe(1);
  });

  it('refuses a submission after closesAt before the closing job has run, and says it cannot submit', async () => {
    const created = await openConsultation(cast);
    const alpha = member('alpha');
    const draft = await BriefFactory.create().createBy(alpha, created.id, cast.alpha.organization.id);
    // The deadline passed a second ago; the job (every 30 s) has not closed it yet.
    await t.db.query(`UPDATE consultations SET closes_at = now() - interval '1 second' WHERE id = $1`, [
      created.id,
    ]);
    const late = await alpha.gql(`mutation ($id: ID!) { submitBrief(id: $id) { id } }`, { id: draft.id });
    expect(errorCodes(late.errors)).toEqual(['CONFLICT']);
    expect(late.errors?.[0]?.extensions?.['reason']).toBe('CONSULTATION_NOT_OPEN');
    const [{ status }] = await t.db.query<{ status: string }[]>(
      `SELECT status FROM context_briefs WHERE id = $1`,
      [draft.id],
    );
    expect(status).toBe('DRAFT');
    const seen = await alpha.ok<Shown>(CONSULTATION, { id: created.id });
    expect(seen.consultation?.viewerCanSubmit).toBe(false);
  });

  it('changes the attribution rule until a brief is submitted, then refuses (CONFLICT)', async () => {
    const created = await openConsultation(cast);
    const convenor = member('convenor');
    const changed = await convenor.ok<{ updateConsultation: { attributionRule: string } }>(UPDATE, {
      input: { id: created.id, attributionRule: AttributionRule.ATTRIBUTED, title: 'Renamed' },
    });
    expect(changed.updateConsultation.attributionRule).toBe('ATTRIBUTED');
    await BriefFactory.create().submitBy(member('alpha'), created.id, cast.alpha.organization.id);
    const refused = await convenor.gql(UPDATE, {
      input: { id: created.id, attributionRule: AttributionRule.CHATHAM_HOUSE },
    });
    expect(errorCodes(refused.errors)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.extensions?.['reason']).toBe('CONSULTATION_ATTRIBUTION_FROZEN');
    const [{ rule }] = await t.db.query(`SELECT attribution_rule AS rule FROM consultations WHERE id = $1`, [
      created.id,
    ]);
    expect(rule).toBe('ATTRIBUTED');
  });

  it('keeps the protections a draft was started under: no naming its authors, no wider readership (CONFLICT)', async () => {
    const created = await openConsultation(cast); // Chatham House, briefs for the convenor only
    const convenor = member('convenor');
    await BriefFactory.create().createBy(member('alpha'), created.id, cast.alpha.organization.id);
    const protectionsNow = async () =>
      (
        await t.db.query<{ rule: string; visibility: string }[]>(
          `SELECT attribution_rule AS rule, brief_visibility AS visibility FROM consultations WHERE id = $1`,
          [created.id],
        )
      )[0];

    const named = await convenor.gql(UPDATE, {
      input: { id: created.id, attributionRule: AttributionRule.ATTRIBUTED },
    });
    expect(errorCodes(named.errors)).toEqual(['CONFLICT']);
    expect(named.errors?.[0]?.extensions?.['reason']).toBe('CONSULTATION_ATTRIBUTION_FROZEN');
    const widened = await convenor.gql(UPDATE, {
      input: { id: created.id, briefVisibility: BriefVisibility.ALL_PARTICIPANTS, title: 'Renamed' },
    });
    expect(errorCodes(widened.errors)).toEqual(['CONFLICT']);
    expect(widened.errors?.[0]?.extensions?.['reason']).toBe('CONSULTATION_BRIEF_VISIBILITY_FROZEN');
    expect(widened.errors?.[0]?.message).toBe(
      'Briefs cannot be shown to more organisations once one has been started: it was written for fewer readers.',
    );
    expect(await protectionsNow()).toEqual({ rule: 'CHATHAM_HOUSE', visibility: 'CONVENOR_ONLY' });
    const [{ title }] = await t.db.query<{ title: string }[]>(
      `SELECT title FROM consultations WHERE id = $1`,
      [created.id],
    );
    expect(title).not.toBe('Renamed'); // the refused update changed nothing

    // Without a brief, the convenor may still choose either.
    const fresh = await openConsultation(cast);
    await convenor.ok(UPDATE, {
      input: {
        id: fresh.id,
        attributionRule: AttributionRule.ATTRIBUTED,
        briefVisibility: BriefVisibility.ALL_PARTICIPANTS,
      },
    });
  });

  it('narrows who reads briefs, and protects their authors, at any time before submission', async () => {
    const created = await openConsultation(
      cast,
      ConsultationFactory.create({
        attributionRule: AttributionRule.ATTRIBUTED,
        briefVisibility: BriefVisibility.ALL_PARTICIPANTS,
      }),
    );
    await BriefFactory.create().createBy(member('alpha'), created.id, cast.alpha.organization.id);
    await member('convenor').ok(UPDATE, {
      input: {
        id: created.id,
        attributionRule: AttributionRule.CHATHAM_HOUSE,
        briefVisibility: BriefVisibility.CONVENOR_ONLY,
      },
    });
    const [row] = await t.db.query<{ rule: string; visibility: string }[]>(
      `SELECT attribution_rule AS rule, brief_visibility AS visibility FROM consultations WHERE id = $1`,
      [created.id],
    );
    expect(row).toEqual({ rule: 'CHATHAM_HOUSE', visibility: 'CONVENOR_ONLY' });
  });

  it('publishes the outcome to every participant, who are notified', async () => {
    const created = await openConsultation(cast);
    expect(errorCodes((await member('alpha').gql(OUTCOME, { id: created.id, summary: 'x' })).errors)).toEqual(
      ['FORBIDDEN'],
    );
    await member('convenor').ok(OUTCOME, {
      id: created.id,
      summary: '## What we heard\n\nMore moderators in Swahili.',
    });
    const shown = await viewerOf('beta').ok<Shown>(CONSULTATION, { id: created.id });
    expect(shown.consultation?.outcome?.summary).toContain('More moderators');
    const inbox = await viewerOf('beta').ok<{ notifications: { edges: { node: { kind: string } }[] } }>(
      NOTIFICATIONS,
    );
    expect(inbox.notifications.edges.map((edge) => edge.node.kind)).toContain('consultationOutcomePublished');
  });

  it('names an election (resolved by the planning feature), filters by it, and refuses an unknown one', async () => {
    const election = await ElectionFactory.create().createBy(member('convenor')); // a member of a verified organisation
    const created = await ConsultationFactory.create({ electionId: election.id }).createBy(
      member('convenor'),
      cast.convenor.organization.id,
    );
    const shown = await member('convenor').ok<{ consultation: { election: { id: string; name: string } } }>(
      `query ($id: ID!) { consultation(id: $id) { election { id name } } }`,
      { id: created.id },
    );
    expect(shown.consultation.election).toEqual({ id: election.id, name: election.name });
    const filtered = await member('convenor').ok<{ consultations: { edges: { node: { id: string } }[] } }>(
      LIST,
      {
        filter: { electionId: election.id },
      },
    );
    expect(filtered.consultations.edges).toEqual([{ node: { id: created.id } }]);
    const input = ConsultationFactory.create({ electionId: '00000000-0000-4000-8000-000000000000' }).build(
      cast.convenor.organization.id,
    );
    const refused = await member('convenor').gql(CREATE, { input });
    expect(fieldsOf(refused)).toEqual(['electionId']);
  });
});
