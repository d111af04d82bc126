import { parse } from 'csv-parse/sync';
import { BriefTopic, CONSULTATION_LIMITS, MembershipRole, RiskLevel } from '@ecw/domain';
import { EXPORT_CHARACTERS_MAX } from '../../../src/consultations/brief-export.service.js';
import {
  BriefFactory,
  ConsultationFactory,
  consultationCast,
  openConsultation,
  type ConsultationCast,
  type CreatedConsultation,
} from '../../factories/consultation.factory.js';
import { signUpPerson } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type TestClient } from '../../support/test-client.js';

const FIND = `query ($id: ID!, $filter: BriefFilter) { consultation(id: $id) { briefs(filter: $filter) { totalCount edges { node { id } } } } }`;
type Question = CreatedConsultation['questions'][number];
const EXPORT = `mutation ($input: ExportConsultationBriefsInput!) { exportConsultationBriefs(input: $input) { filename contentType content briefCount } }`;

describe('consultations: finding briefs and exporting them', () => {
  let t: TestApi;
  let cast: ConsultationCast;
  let consultation: CreatedConsultation;
  let french: string;
  let english: string;

  beforeAll(async () => {
    t = await startTestApi();
    cast = await consultationCast(t, await signUpPerson(t));
    consultation = await openConsultation(cast);
    const alpha = cast.alpha.withRole(MembershipRole.MEMBER).client;
    const [regions, languages] = consultation.questions;
    french = (
      await BriefFactory.create({
        title: '=HYPERLINK("http://evil.example","click")',
        summary: 'Menaces contre les électeurs',
        body: 'Les électeurs reçoivent des menaces <script>alert(1)</script>',
        languages: ['fr'],
        topics: [BriefTopic.HATE_SPEECH],
        riskLevel: RiskLevel.CRITICAL,
        regions: ['Nord'],
        answers: [
          { questionId: regions?.id ?? '', text: 'Surtout le **Nord-Kivu**' },
          { questionId: languages?.id ?? '', text: '=Swahili et lingala' },
        ],
      }).submitBy(alpha, consultation.id, cast.alpha.organization.id)
    ).id;
    english = (
      await BriefFactory.create({
        title: 'Threats by SMS',
        summary: 'Voters are threatened',
        body: 'Voters receive threatening messages before the vote.',
        languages: ['en'],
        topics: [BriefTopic.VIOLENCE_AND_INCITEMENT],
        riskLevel: RiskLevel.LOW,
        regions: ['South'],
      }).submitBy(alpha, consultation.id, cast.alpha.organization.id)
    ).id;
  });
  afterAll(() => t.close());

  const convenor = (): TestClient => cast.convenor.withRole(MembershipRole.MEMBER).client;
  const found = async (filter: Record<string, unknown>, client = convenor()) =>
    (
      await client.ok<{ consultation: { briefs: { edges: { node: { id: string } }[] } } }>(FIND, {
        id: consultation.id,
        filter,
      })
    ).consultation.briefs.edges.map((edge) => edge.node.id);

  it('filters by topic, risk level, region and language', async () => {
    expect(await found({ topic: 'HATE_SPEECH' })).toEqual([french]);
    expect(await found({ riskLevel: 'LOW' })).toEqual([english]);
    expect(await found({ region: 'South' })).toEqual([english]);
    expect(await found({ language: 'fr' })).toEqual([french]);
    expect(await found({ status: 'SUBMITTED', topic: 'OTHER' })).toEqual([]);
  });

  it('searches full text in the brief’s language (stemmed) and as written', async () => {
    expect(await found({ search: 'threaten' })).toEqual([english]); // English stemming: threatened, threatening
    expect(await found({ search: 'menaces' })).toEqual([french]);
    expect(await found({ search: 'électeurs -sms' })).toEqual([french]);
    // The search's own condition can use the GIN index (seq scans off, as on a table too big to scan).
    const plan = await t.db.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      const rows: { 'QUERY PLAN': string }[] = await manager.query(
        `EXPLAIN SELECT id FROM context_briefs b WHERE b.search_vector @@ (websearch_to_tsquery('simple', 'menaces') || websearch_to_tsquery(brief_search_config(ARRAY['en']), 'menaces'))`,
      );
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('context_briefs_search');
  });

  it('counts every match of a search, not only the page it returns', async () => {
    // first: 0 reads one row (the page plus one, to know of a next page): the count must not stop there.
    const { consultation: found } = await convenor().ok<{
      consultation: { briefs: { totalCount: number; edges: unknown[] } };
    }>(
      `query ($id: ID!, $filter: BriefFilter) { consultation(id: $id) { briefs(first: 0, filter: $filter) { totalCount edges { cursor } } } }`,
      { id: consultation.id, filter: { search: 'électeurs or voters' } },
    );
    expect(found.briefs.edges).toEqual([]);
    expect(found.briefs.totalCount).toBe(2);
  });

  it('reads a brief’s content for a page only when it is selected, through a fragment too', async () => {
    const search = (node: string, fragments = '') =>
      convenor().ok<{ consultation: { briefs: { edges: { node: Record<string, unknown> }[] } } }>(
        `query ($id: ID!, $filter: BriefFilter) { consultation(id: $id) { briefs(filter: $filter) { edges { node { ${node} } } } } } ${fragments}`,
        { id: consultation.id, filter: { search: 'threaten' } },
      );
    const full = await search(
      'id title ...Content',
      'fragment Content on ContextBrief { summary body topics regions languages response { body } }',
    );
    expect(full.consultation.briefs.edges.map((edge) => edge.node)).toEqual([
      {
        id: english,
        title: 'Threats by SMS',
        summary: 'Voters are threatened',
        body: 'Voters receive threatening messages before the vote.',
        topics: ['VIOLENCE_AND_INCITEMENT'],
        regions: ['South'],
        languages: ['en'],
        response: null,
      },
    ]);
    // Without them the page statement leaves the content columns out; what is shown is unchanged.
    const lean = await search('id title status riskLevel submittedAt attribution');
    expect(lean.consultation.briefs.edges.map((edge) => edge.node)).toEqual([
      {
        id: english,
        title: 'Threats by SMS',
        status: 'SUBMITTED',
        riskLevel: 'LOW',
        submittedAt: expect.any(String),
        attribution: expect.any(String),
      },
    ]);
  });

  it('joins the submitting organisation for a page only when its fields are selected, through a fragment too', async () => {
    // The author's own organisation is named to its members, so a page that skips the join would show.
    const alpha = cast.alpha.withRole(MembershipRole.MEMBER).client;
    const search = (node: string, fragments = '') =>
      alpha.ok<{ consultation: { briefs: { edges: { node: Record<string, unknown> }[] } } }>(
        `query ($id: ID!, $filter: BriefFilter) { consultation(id: $id) { briefs(filter: $filter) { edges { node { ${node} } } } } } ${fragments}`,
        { id: consultation.id, filter: { search: 'threaten' } },
      );
    const named = { id: english, attribution: cast.alpha.organization.name };
    expect((await search('id attribution')).consultation.briefs.edges.map((edge) => edge.node)).toEqual([
      named,
    ]);
    expect(
      (
        await search('id ...Who', 'fragment Who on ContextBrief { submitter { name } }')
      ).consultation.briefs.edges.map((edge) => edge.node),
    ).toEqual([{ id: english, submitter: { name: cast.alpha.organization.name } }]);
    expect((await search('id title')).consultation.briefs.edges.map((edge) => edge.node)).toEqual([
      { id: english, title: 'Threats by SMS' },
    ]);
  });

  it('search results follow the policy: another participant under CONVENOR_ONLY finds nothing', async () => {
    expect(await found({ search: 'menaces' }, cast.beta.withRole(MembershipRole.MEMBER).client)).toEqual([]);
  });

  it('exports CSV without formulas and HTML without markup, redacted, audited; participants may not export', async () => {
    const csv = await convenor().ok<{
      exportConsultationBriefs: { content: string; contentType: string; briefCount: number };
    }>(EXPORT, {
      input: { consultationId: consultation.id, format: 'CSV' },
    });
    expect(csv.exportConsultationBriefs.contentType).toBe('text/csv');
    expect(csv.exportConsultationBriefs.briefCount).toBe(2);
    expect(csv.exportConsultationBriefs.content).toContain(
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    );
    expect(csv.exportConsultationBriefs.content).toContain('A participating organisation');
    expect(csv.exportConsultationBriefs.content).not.toContain(cast.alpha.organization.name);

    const html = await convenor().ok<{ exportConsultationBriefs: { content: string } }>(EXPORT, {
      input: { consultationId: consultation.id, format: 'HTML' },
    });
    expect(html.exportConsultationBriefs.content).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.exportConsultationBriefs.content).not.toContain('<script>');
    expect(html.exportConsultationBriefs.content).not.toContain(cast.alpha.organization.name);

    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'consultation.exported' AND target_id = $1`,
      [consultation.id],
    );
    expect(n).toBe(2);
    const refused = await cast.alpha.owner.client.gql(EXPORT, {
      input: { consultationId: consultation.id, format: 'CSV' },
    });
    expect(errorCodes(refused.errors)).toEqual(['FORBIDDEN']);
  });

  it('exports each brief’s answers under their questions and its comments, attributed as on screen', async () => {
    const alphaMember = cast.alpha.withRole(MembershipRole.MEMBER);
    const convenorMember = cast.convenor.withRole(MembershipRole.MEMBER);
    const COMMENT = `mutation ($id: ID!, $body: String!) { addBriefComment(briefId: $id, body: $body) { id } }`;
    await alphaMember.client.ok(COMMENT, { id: french, body: 'Captures d’écran jointes.' });
    await convenorMember.client.ok(COMMENT, { id: french, body: '@Merci, quelles plateformes ?' });
    const [regions, languages] = consultation.questions as [Question, Question];

    const exported = async (format: 'CSV' | 'HTML') =>
      (
        await convenor().ok<{ exportConsultationBriefs: { content: string } }>(EXPORT, {
          input: { consultationId: consultation.id, format },
        })
      ).exportConsultationBriefs.content;
    const csv = await exported('CSV');
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const row = rows.find((candidate) => candidate['summary'] === 'Menaces contre les électeurs');
    expect(row?.[regions.prompt]).toBe('Surtout le **Nord-Kivu**'); // as written
    expect(row?.[languages.prompt]).toBe("'=Swahili et lingala"); // an answer is a cell like any other
    const comments = row?.['comments'] ?? '';
    // Oldest first; alpha's comment under the neutral label, the convenor's own under its name.
    expect(comments).toMatch(
      /^A participant · \S+\nCaptures d’écran jointes\.\n\n.+ · .+ · \S+\n@Merci, quelles plateformes \?$/,
    );
    expect(comments).toContain(convenorMember.displayName);
    expect(rows.find((candidate) => candidate['summary'] === 'Voters are threatened')?.['comments']).toBe('');

    const html = await exported('HTML');
    expect(html).toContain(`<h3>${regions.prompt}</h3>`);
    expect(html).toContain('<p>Surtout le <strong>Nord-Kivu</strong></p>');
    expect(html).toContain('Captures d’écran jointes.');
    expect(html).toContain('A participant ·');
    expect(html).toContain('@Merci, quelles plateformes ?');
    for (const content of [csv, html]) {
      expect(content).not.toContain(cast.alpha.organization.name);
      expect(content).not.toContain(alphaMember.displayName);
    }
  });

  it('renders the HTML export’s Markdown as the screen does, with no HTML or script link from the text', async () => {
    const alpha = cast.alpha.withRole(MembershipRole.MEMBER).client;
    await alpha.ok(
      `mutation ($id: ID!, $body: String!) { addBriefComment(briefId: $id, body: $body) { id } }`,
      {
        id: english,
        body: 'See [the posts](javascript:alert(1)) and <img src=x onerror=alert(2)>',
      },
    );
    const { exportConsultationBriefs: html } = await convenor().ok<{
      exportConsultationBriefs: { content: string };
    }>(EXPORT, { input: { consultationId: consultation.id, format: 'HTML' } });
    expect(html.content).toContain(
      '<p>Les électeurs reçoivent des menaces &lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
    expect(html.content).toContain('<p>Voters receive threatening messages before the vote.</p>');
    expect(html.content).toContain(
      '<p>See [the posts](javascript:alert(1)) and &lt;img src=x onerror=alert(2)&gt;</p>',
    );
    expect(html.content).not.toMatch(/<script|<img|href="javascript:/i);
    // A renderer bug still could not run a script where the file is opened.
    expect(html.content).toContain(`content="default-src 'none';`);
  });

  it('cuts an export at its size limit and says so at the top of the file, with how many briefs were left out', async () => {
    // Briefs as large as they may be (about 400,000 characters each): a few past the limit, not thousands.
    const questions = Array.from(
      { length: CONSULTATION_LIMITS.questionsMax },
      (_, index) => `Question ${index + 1}?`,
    );
    const large = await openConsultation(cast, ConsultationFactory.create({ questions }));
    const words = (length: number) => 'evidence '.repeat(length / 9 + 1).slice(0, length);
    const brief = BriefFactory.create({
      body: words(CONSULTATION_LIMITS.briefBodyMax),
      answers: large.questions.map((question) => ({
        questionId: question.id,
        text: words(CONSULTATION_LIMITS.answerMax),
      })),
    });
    const perBrief = CONSULTATION_LIMITS.briefBodyMax + questions.length * CONSULTATION_LIMITS.answerMax;
    const total = Math.ceil(EXPORT_CHARACTERS_MAX / perBrief) + 2;
    const alpha = cast.alpha.withRole(MembershipRole.MEMBER).client;
    for (let made = 0; made < total; made += 4)
      await Promise.all(
        Array.from({ length: Math.min(4, total - made) }, () =>
          brief.submitBy(alpha, large.id, cast.alpha.organization.id),
        ),
      );

    for (const format of ['CSV', 'HTML'] as const) {
      const { exportConsultationBriefs: file } = await convenor().ok<{
        exportConsultationBriefs: { content: string; briefCount: number };
      }>(EXPORT, { input: { consultationId: large.id, format } });
      expect(file.content.length).toBeLessThanOrEqual(EXPORT_CHARACTERS_MAX + 10_000); // the file around the briefs
      expect(file.briefCount).toBeGreaterThan(total - 5);
      expect(file.briefCount).toBeLessThan(total);
      const notice = `This file holds the first ${file.briefCount} of ${total} briefs, in submission order: the other ${total - file.briefCount} were left out because the export reached its size limit.`;
      if (format === 'CSV') {
        const [first, header, ...rows] = parse(file.content) as string[][];
        expect(first?.[0]).toBe(notice);
        expect(new Set(first?.slice(1))).toEqual(new Set(['']));
        expect(header?.[0]).toBe('submittedAt');
        expect(rows).toHaveLength(file.briefCount);
      } else {
        expect(file.content).toContain(`<p class="cut" role="note">${notice}</p>`);
        expect(file.content.indexOf(notice)).toBeLessThan(file.content.indexOf('<article>'));
      }
    }
    const logged: { metadata: { briefs: number; omitted: number } }[] = await t.db.query(
      `SELECT metadata FROM audit_events WHERE action = 'consultation.exported' AND target_id = $1`,
      [large.id],
    );
    expect(logged.map((row) => row.metadata.briefs + row.metadata.omitted)).toEqual([total, total]);
  });

  it('gives the convenor a dashboard by status, topic and risk, unanswered highest risk first; participants get null', async () => {
    const DASHBOARD = `query ($id: ID!) { consultation(id: $id) { dashboard {
      byStatus { status count } byTopic { topic count } byRiskLevel { riskLevel count } unanswered { id attribution } } } }`;
    const shown = await convenor().ok<{
      consultation: {
        dashboard: {
          byStatus: unknown[];
          byTopic: unknown[];
          byRiskLevel: unknown[];
          unanswered: { id: string; attribution: string }[];
        };
      };
    }>(DASHBOARD, { id: consultation.id });
    expect(shown.consultation.dashboard.byStatus).toEqual([{ status: 'SUBMITTED', count: 2 }]);
    expect(shown.consultation.dashboard.byTopic).toEqual(
      expect.arrayContaining([
        { topic: 'HATE_SPEECH', count: 1 },
        { topic: 'VIOLENCE_AND_INCITEMENT', count: 1 },
      ]),
    );
    expect(shown.consultation.dashboard.byRiskLevel).toEqual([
      { riskLevel: 'CRITICAL', count: 1 },
      { riskLevel: 'LOW', count: 1 },
    ]);
    expect(shown.consultation.dashboard.unanswered.map((brief) => brief.id)).toEqual([french, english]);
    expect(JSON.stringify(shown)).not.toContain(cast.alpha.organization.name);
    const participant = await cast.alpha.owner.client.ok<{ consultation: { dashboard: unknown } }>(
      DASHBOARD,
      { id: consultation.id },
    );
    expect(participant.consultation.dashboard).toBeNull();
  });
  // Last: the brief it adds would change what the tests above find.
  it('searches a brief in every language it names, not only its first', async () => {
    const alpha = cast.alpha.withRole(MembershipRole.MEMBER).client;
    const { id } = await BriefFactory.create({
      title: 'Ripoti ya kaskazini',
      summary: 'Wapiga kura wanatishiwa',
      body: 'Des électeurs menacés dans le nord, avant le scrutin.',
      languages: ['sw', 'fr'], // Swahili first, which PostgreSQL has no configuration for
    }).submitBy(alpha, consultation.id, cast.alpha.organization.id);
    // "menace" meets "menacés" only through French stemming (menac).
    expect(await found({ search: 'menace' })).toContain(id);
    expect(await found({ search: 'kaskazini' })).toEqual([id]); // and as written, in any language
  });
});
