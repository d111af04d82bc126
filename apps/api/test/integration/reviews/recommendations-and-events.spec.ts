import { setTimeout as pause } from 'node:timers/promises';
import { MembershipRole, ReviewEventKind } from '@ecw/domain';
import { ReviewEvents } from '../../../src/reviews/review-events.js';
import { ReviewReportFactory, type CreatedReviewReport } from '../../factories/review.factory.js';
import {
  organizationWithMembers,
  signUpPerson,
  type Person,
  type Team,
} from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type TestClient } from '../../support/test-client.js';
import { openWsClient, type LiveSubscription, type WsTestClient } from '../../support/ws-client.js';

const ADD = `mutation ($input: AddRecommendationInput!) { addRecommendation(input: $input) { id text status dueOn owner { id } } }`;
const UPDATE = `mutation ($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { id text status dueOn owner { id } } }`;
const OWNED = `query ($id: ID!, $first: Int, $after: String) { organizationRecommendations(organizationId: $id, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { text dueOn status report { id } } } } }`;
const REPORT = `query ($id: ID!) { reviewReport(id: $id) { recommendations { text status } } }`;
const EVENTS = `subscription ($id: ID!) { reviewEvents(reportId: $id) { kind report { id } } }`;
const SIGN_FLOW = {
  version: `mutation ($id: ID!) { createReviewVersion(reportId: $id, label: "v1") { id } }`,
  request: `mutation ($id: ID!) { requestSignOff(versionId: $id) { id } }`,
  sign: `mutation ($id: ID!) { signOff(versionId: $id) { signedAt } }`,
  publish: `mutation ($id: ID!) { publishReview(reportId: $id, visibility: PUBLIC) { status } }`,
};
/** The AccessGate trusts an answer for 2 s. */
const RECHECK_WINDOW_MS = 2_100;

interface Recommendation {
  id: string;
  text: string;
  status: string;
  dueOn: string | null;
  owner: { id: string } | null;
}
type Events = LiveSubscription<{ reviewEvents: { kind: string; report: { id: string } } }>;

describe('review recommendations and live review events', () => {
  let t: TestApi;
  let company: Team;
  let civilSociety: Team;
  let outsider: Person;
  let platformAdmin: Person;
  let report: CreatedReviewReport;
  const sockets: WsTestClient[] = [];

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t);
    company = await organizationWithMembers(
      t,
      [MembershipRole.ADMIN, MembershipRole.MEMBER, MembershipRole.VIEWER],
      { verifiedBy: platformAdmin.client },
    );
    civilSociety = await organizationWithMembers(t, [MembershipRole.MEMBER], {
      verifiedBy: platformAdmin.client,
    });
    outsider = await signUpPerson(t);
  });
  beforeEach(async () => {
    report = await ReviewReportFactory.for(company.organization.id, {
      coAuthorOrganizationIds: [civilSociety.organization.id],
    }).createBy(company.owner.client);
  });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((socket) => socket.close()));
  });
  afterAll(() => t.close());

  const member = () => company.withRole(MembershipRole.MEMBER);
  const partner = () => civilSociety.withRole(MembershipRole.MEMBER);

  async function add(client: TestClient, input: Record<string, unknown>): Promise<Recommendation> {
    return (
      await client.ok<{ addRecommendation: Recommendation }>(ADD, {
        input: { reportId: report.id, ...input },
      })
    ).addRecommendation;
  }

  async function publish(): Promise<void> {
    const version = await member().client.ok<{ createReviewVersion: { id: string } }>(SIGN_FLOW.version, {
      id: report.id,
    });
    const versionId = version.createReviewVersion.id;
    await member().client.ok(SIGN_FLOW.request, { id: versionId });
    await member().client.ok(SIGN_FLOW.sign, { id: versionId });
    await partner().client.ok(SIGN_FLOW.sign, { id: versionId });
    await company.owner.client.ok(SIGN_FLOW.publish, { id: report.id });
  }

  it('any co-author member adds and moves a recommendation forward, also after publication', async () => {
    const added = await add(partner().client, {
      text: 'Publish the escalation contacts earlier.',
      ownerOrganizationId: company.organization.id,
      dueOn: '2027-03-01',
    });
    expect(added).toEqual(
      expect.objectContaining({
        status: 'OPEN',
        dueOn: '2027-03-01',
        owner: { id: company.organization.id },
      }),
    );
    await publish();
    const started = await member().client.ok<{ updateRecommendation: Recommendation }>(UPDATE, {
      input: { id: added.id, status: 'IN_PROGRESS' },
    });
    expect(started.updateRecommendation).toEqual({ ...added, status: 'IN_PROGRESS' });
    const done = await partner().client.ok<{ updateRecommendation: Recommendation }>(UPDATE, {
      input: { id: added.id, status: 'DONE', dueOn: null },
    });
    expect(done.updateRecommendation).toEqual({ ...added, status: 'DONE', dueOn: null });
    // Published and PUBLIC: an outsider reads the recommendations but may not change them.
    const seen = await outsider.client.ok<{ reviewReport: { recommendations: unknown[] } }>(REPORT, {
      id: report.id,
    });
    expect(seen.reviewReport.recommendations).toEqual([{ text: added.text, status: 'DONE' }]);
    const byOutsider = await outsider.client.gql(UPDATE, { input: { id: added.id, text: 'Mine now' } });
    expect(errorCodes(byOutsider.errors)).toEqual(['FORBIDDEN']);
  });

  it('refuses a step back, an owner that is not a co-author, a VIEWER and an outsider; nothing changes', async () => {
    const added = await add(member().client, { text: 'Train moderators in local languages.' });
    await member().client.ok(UPDATE, { input: { id: added.id, status: 'DROPPED' } });
    const back = await member().client.gql(UPDATE, { input: { id: added.id, status: 'OPEN' } });
    expect(errorCodes(back.errors)).toEqual(['BAD_USER_INPUT']);
    expect(back.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
      expect.objectContaining({ field: 'status' }),
    ]);
    const other = await organizationWithMembers(t, []);
    const notCoAuthor = await member().client.gql(ADD, {
      input: { reportId: report.id, text: 'x', ownerOrganizationId: other.organization.id },
    });
    expect(errorCodes(notCoAuthor.errors)).toEqual(['BAD_USER_INPUT']);
    const byViewer = await company
      .withRole(MembershipRole.VIEWER)
      .client.gql(ADD, { input: { reportId: report.id, text: 'x' } });
    expect(errorCodes(byViewer.errors)).toEqual(['FORBIDDEN']);
    const byOutsider = await outsider.client.gql(ADD, { input: { reportId: report.id, text: 'x' } });
    expect(errorCodes(byOutsider.errors)).toEqual(['NOT_FOUND']);
    const current = await member().client.ok<{ reviewReport: { recommendations: unknown[] } }>(REPORT, {
      id: report.id,
    });
    expect(current.reviewReport.recommendations).toEqual([{ text: added.text, status: 'DROPPED' }]);
  });

  it('an organisation lists what it owns across reports, overdue first, page by page; members only', async () => {
    const team = await organizationWithMembers(t, [MembershipRole.VIEWER]);
    const second = await ReviewReportFactory.for(team.organization.id).createBy(team.owner.client);
    const owned = (reportId: string, text: string, dueOn: string | null) =>
      team.owner.client.ok(ADD, {
        input: { reportId, text, ownerOrganizationId: team.organization.id, dueOn },
      });
    await owned(second.id, 'later', '2999-01-01');
    await owned(second.id, 'undated', null);
    await owned(second.id, 'overdue', '2020-01-01');
    const closed = await team.owner.client.ok<{ addRecommendation: { id: string } }>(ADD, {
      input: {
        reportId: second.id,
        text: 'overdue but done',
        ownerOrganizationId: team.organization.id,
        dueOn: '2019-01-01',
      },
    });
    await team.owner.client.ok(UPDATE, { input: { id: closed.addRecommendation.id, status: 'DONE' } });

    type Page = {
      organizationRecommendations: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { text: string } }[];
      };
    };
    const viewer = team.withRole(MembershipRole.VIEWER).client;
    const first = await viewer.ok<Page>(OWNED, { id: team.organization.id, first: 2 });
    const rest = await viewer.ok<Page>(OWNED, {
      id: team.organization.id,
      first: 10,
      after: first.organizationRecommendations.pageInfo.endCursor,
    });
    expect(first.organizationRecommendations.totalCount).toBe(4);
    expect(first.organizationRecommendations.pageInfo.hasNextPage).toBe(true);
    expect(
      [...first.organizationRecommendations.edges, ...rest.organizationRecommendations.edges].map(
        (e) => e.node.text,
      ),
    ).toEqual(['overdue', 'overdue but done', 'later', 'undated']);
    const byOutsider = await outsider.client.gql(OWNED, { id: team.organization.id });
    expect(errorCodes(byOutsider.errors)).toEqual(['NOT_FOUND']);
  });

  /** A subscription known to be live: it received a re-announced event. */
  async function live(client: TestClient): Promise<Events> {
    const socket = openWsClient(t.url, { cookie: client.sessionCookie });
    sockets.push(socket);
    await socket.connected;
    const events: Events = socket.subscribe(EVENTS, { id: report.id });
    const poke = () => t.api.app.get(ReviewEvents).announce(ReviewEventKind.SECTION_UPDATED, report.id)();
    await events.next({ poke });
    await pause(200);
    events.drain();
    return events;
  }

  it('co-authors get section, co-author, recommendation and version events live', async () => {
    const events = await live(partner().client);
    await member().client.ok(
      `mutation ($input: AddReviewSectionInput!) { addReviewSection(input: $input) { id } }`,
      {
        input: { reportId: report.id, title: 'Timeline' },
      },
    );
    expect((await events.next()).data?.reviewEvents).toEqual({
      kind: 'SECTION_ADDED',
      report: { id: report.id },
    });
    const third = await organizationWithMembers(t, [], { verifiedBy: platformAdmin.client });
    await company.owner.client.ok(
      `mutation ($r: ID!, $o: ID!) { addReviewCoAuthor(reportId: $r, organizationId: $o) { id } }`,
      { r: report.id, o: third.organization.id },
    );
    expect((await events.next()).data?.reviewEvents.kind).toBe('CO_AUTHOR_ADDED');
    await add(member().client, { text: 'Follow up.' });
    expect((await events.next()).data?.reviewEvents.kind).toBe('RECOMMENDATION_CHANGED');
    await member().client.ok(SIGN_FLOW.version, { id: report.id });
    expect((await events.next()).data?.reviewEvents.kind).toBe('VERSION_CREATED');
  });

  it('refuses outsiders and ends the stream of a member who leaves the co-author organisation', async () => {
    const socket = openWsClient(t.url, { cookie: outsider.client.sessionCookie });
    sockets.push(socket);
    await socket.connected;
    const refused: Events = socket.subscribe(EVENTS, { id: report.id });
    expect(errorCodes((await refused.next()).errors)).toEqual(['NOT_FOUND']);

    const leaving = company.withRole(MembershipRole.VIEWER);
    const events = await live(leaving.client);
    await company.owner.client.ok(`mutation ($id: ID!) { removeMember(membershipId: $id) }`, {
      id: leaving.membershipId,
    });
    await pause(RECHECK_WINDOW_MS);
    await t.api.app.get(ReviewEvents).announce(ReviewEventKind.SECTION_UPDATED, report.id)();
    const end = await events.endedWithin(3_000);
    expect(end).not.toBeNull();
    expect(events.drain().filter((result) => result.data?.reviewEvents)).toEqual([]);
  });
});
