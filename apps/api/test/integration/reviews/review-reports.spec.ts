import { MembershipRole } from '@ecw/domain';
import { ElectionFactory } from '../../factories/election.factory.js';
import { REVIEW_REPORT_FIELDS, ReviewReportFactory } from '../../factories/review.factory.js';
import {
  organizationWithMembers,
  signUpPerson,
  type Person,
  type Team,
} from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes } from '../../support/test-client.js';

const REPORT = `query ($id: ID!) { reviewReport(id: $id) { ${REVIEW_REPORT_FIELDS} } }`;
const REPORTS = `query ($first: Int, $after: String) { reviewReports(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
const ADD_CO_AUTHOR = `mutation ($reportId: ID!, $organizationId: ID!) { addReviewCoAuthor(reportId: $reportId, organizationId: $organizationId) { coAuthors { id } } }`;
const ADD_SECTION = `mutation ($input: AddReviewSectionInput!) { addReviewSection(input: $input) { id title position leadOrganization { id } } }`;
const NOTIFICATIONS = `{ notifications { edges { node { kind message } } } }`;

describe('review reports: co-authors, sections, visibility', () => {
  let t: TestApi;
  let platformAdmin: Person;
  let company: Team;
  let civilSociety: Team;
  let outsider: Person;

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t);
    company = await organizationWithMembers(
      t,
      [MembershipRole.ADMIN, MembershipRole.MEMBER, MembershipRole.VIEWER],
      {
        verifiedBy: platformAdmin.client,
      },
    );
    civilSociety = await organizationWithMembers(t, [MembershipRole.ADMIN], {
      verifiedBy: platformAdmin.client,
    });
    outsider = await signUpPerson(t);
  });
  afterAll(() => t.close());

  it('a MEMBER creates a report with the translated debrief template; the owner organisation is the first co-author', async () => {
    const member = company.withRole(MembershipRole.MEMBER);
    await member.client.ok(`mutation { updateProfile(input: { locale: "fr" }) { user { id } } }`);
    const report = await ReviewReportFactory.for(company.organization.id, {
      sectionTitles: null,
      coAuthorOrganizationIds: [civilSociety.organization.id],
    }).createBy(member.client);
    expect(report.coAuthors.map((o) => o.id)).toEqual([
      company.organization.id,
      civilSociety.organization.id,
    ]);
    expect(report.sections.map((s) => [s.title, s.position])).toEqual([
      ['Résumé', 0],
      ['Ce qui a fonctionné', 1],
      ["Ce qui n'a pas fonctionné", 2],
      ['Incidents et escalades', 3],
      ['Recommandations', 4],
    ]);
    expect(report.collabDocument).toBe(`review-report.${report.id}`);
    // The other co-author's admins hear about it.
    const inbox = await civilSociety.owner.client.ok<{
      notifications: { edges: { node: { kind: string } }[] };
    }>(NOTIFICATIONS);
    expect(inbox.notifications.edges.map((e) => e.node.kind)).toContain('reviewCoAuthorAdded');
  });

  it('a VIEWER may not create a report for its organisation, and bad input names the field', async () => {
    const viewer = company.withRole(MembershipRole.VIEWER);
    const refused = await viewer.client.gql(
      `mutation ($input: CreateReviewReportInput!) { createReviewReport(input: $input) { id } }`,
      { input: ReviewReportFactory.for(company.organization.id).build() },
    );
    expect(errorCodes(refused.errors)).toEqual(['FORBIDDEN']);
    const bad = await company.owner.client.gql(
      `mutation ($input: CreateReviewReportInput!) { createReviewReport(input: $input) { id } }`,
      { input: ReviewReportFactory.for(company.organization.id, { title: ' ', sectionTitles: [] }).build() },
    );
    expect(errorCodes(bad.errors)).toEqual(['BAD_USER_INPUT']);
    const fields = (bad.errors?.[0]?.extensions?.['fieldErrors'] as { field: string }[]).map((e) => e.field);
    expect(fields.sort()).toEqual(['sectionTitles', 'title']);
    const counted = await t.db.query(
      `SELECT count(*)::int AS n FROM review_reports WHERE owner_organization_id = $1 AND title = ' '`,
      [company.organization.id],
    );
    expect(counted[0].n).toBe(0);
  });

  it('only co-author members see a CO_AUTHORS report: others get null + NOT_FOUND and an empty list', async () => {
    const report = await ReviewReportFactory.for(company.organization.id).createBy(company.owner.client);
    const asViewer = await company
      .withRole(MembershipRole.VIEWER)
      .client.ok<{ reviewReport: { id: string } }>(REPORT, { id: report.id });
    expect(asViewer.reviewReport.id).toBe(report.id);
    const asOutsider = await outsider.client.gql<{ reviewReport: null }>(REPORT, { id: report.id });
    expect(asOutsider.data?.reviewReport).toBeNull();
    expect(errorCodes(asOutsider.errors)).toEqual(['NOT_FOUND']);
    const list = await outsider.client.ok<{ reviewReports: { totalCount: number } }>(REPORTS);
    expect(list.reviewReports.totalCount).toBe(0);
  });

  it('lists readable reports newest first, page by page', async () => {
    const team = await organizationWithMembers(t, []);
    const created = [];
    for (let i = 0; i < 3; i += 1)
      created.push(await ReviewReportFactory.for(team.organization.id).createBy(team.owner.client));
    const first = await team.owner.client.ok<{
      reviewReports: {
        totalCount: number;
        pageInfo: { endCursor: string };
        edges: { node: { id: string } }[];
      };
    }>(REPORTS, { first: 2 });
    const rest = await team.owner.client.ok<{
      reviewReports: { pageInfo: { hasNextPage: boolean }; edges: { node: { id: string } }[] };
    }>(REPORTS, { first: 2, after: first.reviewReports.pageInfo.endCursor });
    expect(first.reviewReports.totalCount).toBe(3);
    expect([...first.reviewReports.edges, ...rest.reviewReports.edges].map((e) => e.node.id)).toEqual(
      created.map((r) => r.id).reverse(),
    );
    expect(rest.reviewReports.pageInfo.hasNextPage).toBe(false);
  });

  it('an ADMIN of a co-author adds another co-author, whose admins are notified; a MEMBER may not; twice is a CONFLICT', async () => {
    const report = await ReviewReportFactory.for(company.organization.id).createBy(company.owner.client);
    const asMember = await company
      .withRole(MembershipRole.MEMBER)
      .client.gql(ADD_CO_AUTHOR, { reportId: report.id, organizationId: civilSociety.organization.id });
    expect(errorCodes(asMember.errors)).toEqual(['FORBIDDEN']);
    const added = await company
      .withRole(MembershipRole.ADMIN)
      .client.ok<{ addReviewCoAuthor: { coAuthors: { id: string }[] } }>(ADD_CO_AUTHOR, {
        reportId: report.id,
        organizationId: civilSociety.organization.id,
      });
    expect(added.addReviewCoAuthor.coAuthors.map((o) => o.id)).toEqual([
      company.organization.id,
      civilSociety.organization.id,
    ]);
    const again = await civilSociety
      .withRole(MembershipRole.ADMIN)
      .client.gql(ADD_CO_AUTHOR, { reportId: report.id, organizationId: civilSociety.organization.id });
    expect(errorCodes(again.errors)).toEqual(['CONFLICT']);
    const rows = await t.db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE kind = 'reviewCoAuthorAdded' AND params->>'report' = $1`,
      [report.title],
    );
    expect(rows[0].n).toBe(2); // the civil-society owner and admin
  });

  it('sections are inserted at a position with an optional co-author lead; a non-co-author lead is refused', async () => {
    const report = await ReviewReportFactory.for(company.organization.id).createBy(company.owner.client);
    const member = company.withRole(MembershipRole.MEMBER);
    const added = await member.client.ok<{
      addReviewSection: { position: number; leadOrganization: { id: string } };
    }>(ADD_SECTION, {
      input: {
        reportId: report.id,
        title: 'Timeline',
        position: 1,
        leadOrganizationId: company.organization.id,
      },
    });
    expect(added.addReviewSection).toMatchObject({
      position: 1,
      leadOrganization: { id: company.organization.id },
    });
    const now = await member.client.ok<{ reviewReport: { sections: { title: string; position: number }[] } }>(
      REPORT,
      { id: report.id },
    );
    expect(now.reviewReport.sections.map((s) => [s.title, s.position])).toEqual([
      ['Summary', 0],
      ['Timeline', 1],
      ['Incidents', 2],
    ]);
    const badLead = await member.client.gql(ADD_SECTION, {
      input: { reportId: report.id, title: 'X', leadOrganizationId: civilSociety.organization.id },
    });
    expect(errorCodes(badLead.errors)).toEqual(['BAD_USER_INPUT']);
    const asViewer = await company
      .withRole(MembershipRole.VIEWER)
      .client.gql(ADD_SECTION, { input: { reportId: report.id, title: 'X' } });
    expect(errorCodes(asViewer.errors)).toEqual(['FORBIDDEN']);
  });

  it('a report may name an election; an unknown election is a field error', async () => {
    const election = await ElectionFactory.create().createBy(company.owner.client);
    const created = await company.owner.client.ok<{
      createReviewReport: { election: { id: string; name: string } };
    }>(
      `mutation ($input: CreateReviewReportInput!) { createReviewReport(input: $input) { election { id name } } }`,
      { input: { ...ReviewReportFactory.for(company.organization.id).build(), electionId: election.id } },
    );
    expect(created.createReviewReport.election).toEqual({ id: election.id, name: election.name });
    const unknown = await company.owner.client.gql(
      `mutation ($input: CreateReviewReportInput!) { createReviewReport(input: $input) { id } }`,
      {
        input: {
          ...ReviewReportFactory.for(company.organization.id).build(),
          electionId: '00000000-0000-4000-8000-000000000000',
        },
      },
    );
    expect(errorCodes(unknown.errors)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
      expect.objectContaining({ field: 'electionId' }),
    ]);
  });
});
