import { BriefVisibility, MembershipRole } from '@ecw/domain';
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
import { createTestDatabase } from '../../support/test-database.js';
import { StatementCounter } from '../organizations/statement-counter.js';

/** The consultation page as a participant of a CHATHAM_HOUSE consultation sees it (the bench's page). */
const PAGE = `query ($id: ID!) { consultation(id: $id) {
  id title status attributionRule viewerCanSubmit participantCount convenor { name }
  questions { id prompt } participants { name }
  briefs(first: 40) { totalCount edges { node {
    id title summary status submittedAt attribution submitter { name } topics riskLevel
    answers { text } comments(first: 1) { totalCount } } } } } }`;

/**
 * No N+1: the page costs as many SQL statements with 100 briefs as with 10. The page shows 40 (the
 * operation cost limit allows about 45 briefs with answers and comment counts in one request).
 */
describe('consultations: a constant number of SQL statements per page', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let proxy: Awaited<ReturnType<typeof StatementCounter.start>>;
  let t: TestApi;
  let cast: ConsultationCast;
  let consultation: CreatedConsultation;

  beforeAll(async () => {
    database = await createTestDatabase();
    proxy = await StatementCounter.start(database.url);
    t = await startTestApi({}, { url: proxy.url });
    cast = await consultationCast(t, await signUpPerson(t));
    consultation = await openConsultation(
      cast,
      ConsultationFactory.create({ briefVisibility: BriefVisibility.ALL_PARTICIPANTS }),
    );
  });
  afterAll(async () => {
    await t.close();
    await proxy.counter.close();
    await database.drop();
  });

  /** Briefs by both participants, each with an answer and a comment by the convenor. */
  async function addBriefs(count: number): Promise<void> {
    const convenor = cast.convenor.withRole(MembershipRole.MEMBER).client;
    for (let index = 0; index < count; index++) {
      const team = index % 2 === 0 ? cast.alpha : cast.beta;
      const { id } = await BriefFactory.create({
        answers: [{ questionId: consultation.questions[0]?.id ?? '', text: `Answer ${index}` }],
      }).submitBy(team.withRole(MembershipRole.MEMBER).client, consultation.id, team.organization.id);
      await convenor.ok(`mutation ($id: ID!) { addBriefComment(briefId: $id, body: "Noted") { id } }`, {
        id,
      });
    }
  }

  async function statementsForPage(expectedBriefs: number): Promise<number> {
    const reader = cast.alpha.withRole(MembershipRole.VIEWER).client;
    await reader.ok(PAGE, { id: consultation.id });
    proxy.counter.reset();
    const data = await reader.ok<{
      consultation: {
        briefs: { edges: { node: { answers: unknown[]; comments: { totalCount: number } } }[] };
      };
    }>(PAGE, { id: consultation.id });
    const statements = proxy.counter.count;
    expect(data.consultation.briefs.edges).toHaveLength(expectedBriefs);
    expect(
      data.consultation.briefs.edges.every(
        (edge) => edge.node.answers.length === 1 && edge.node.comments.totalCount === 1,
      ),
    ).toBe(true);
    return statements;
  }

  it('issues as many statements for 100 briefs as for 10', async () => {
    await addBriefs(10);
    const forTen = await statementsForPage(10);
    await addBriefs(90);
    const forHundred = await statementsForPage(40);
    expect(forHundred).toBe(forTen);
    expect(forTen).toBeLessThanOrEqual(12);
  }, 240_000);
});
