import { MembershipRole } from '@ecw/domain';
import { ReviewReportFactory, type CreatedReviewReport } from '../../factories/review.factory.js';
import {
  organizationWithMembers,
  signUpPerson,
  type Person,
  type Team,
} from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes } from '../../support/test-client.js';
import { createApiToken } from '../platform/api-token.js';
import {
  appendParagraph,
  eventually,
  openDocument,
  paragraphsOf,
  type CollabClient,
} from './support/collab-client.js';

const UPDATE = `mutation ($input: UpdateReviewSectionInput!) { updateReviewSection(input: $input) { id title position leadOrganization { id } } }`;
const REMOVE = `mutation ($input: RemoveReviewSectionInput!) { removeReviewSection(input: $input) { sections { id title position } } }`;
const RESTORE = `mutation ($input: RestoreReviewSectionInput!) { restoreReviewSection(input: $input) { id title position markdown } }`;
const VERSION = `mutation ($id: ID!, $label: String!) { createReviewVersion(reportId: $id, label: $label) { id markdown sections { id title position } } }`;

interface FrozenVersion {
  id: string;
  markdown: string;
  sections: Omit<Section, 'markdown'>[];
}
const SECTIONS = `query ($id: ID!) { reviewReport(id: $id) { sections { id title position markdown } } }`;

interface Section {
  id: string;
  title: string;
  position: number;
  markdown: string;
}

describe('review sections: rename, reorder, remove, restore from a version', () => {
  let t: TestApi;
  let company: Team;
  let outsider: Person;
  let report: CreatedReviewReport;
  let token: string;
  const open: CollabClient[] = [];

  beforeAll(async () => {
    t = await startTestApi();
    await signUpPerson(t);
    company = await organizationWithMembers(t, [MembershipRole.MEMBER, MembershipRole.VIEWER]);
    outsider = await signUpPerson(t);
    token = await createApiToken(company.withRole(MembershipRole.MEMBER).client);
  });
  beforeEach(async () => {
    report = await ReviewReportFactory.for(company.organization.id, {
      sectionTitles: ['Summary', 'Incidents', 'Recommendations'],
    }).createBy(company.owner.client);
  });
  afterEach(() => {
    for (const client of open.splice(0)) client.destroy();
  });
  afterAll(() => t.close());

  const member = () => company.withRole(MembershipRole.MEMBER).client;
  const sectionId = (index: number) => report.sections[index]?.id ?? '';

  async function editor(): Promise<CollabClient> {
    const client = openDocument(t.url, report.collabDocument, { token });
    open.push(client);
    await client.acknowledged();
    return client;
  }

  async function sections(): Promise<Section[]> {
    return (await member().ok<{ reviewReport: { sections: Section[] } }>(SECTIONS, { id: report.id }))
      .reviewReport.sections;
  }

  it('renames and moves a section; the others renumber', async () => {
    const moved = await member().ok<{ updateReviewSection: Section }>(UPDATE, {
      input: {
        id: sectionId(2),
        title: 'What we recommend',
        position: 0,
        leadOrganizationId: company.organization.id,
      },
    });
    expect(moved.updateReviewSection).toEqual({
      id: sectionId(2),
      title: 'What we recommend',
      position: 0,
      leadOrganization: { id: company.organization.id },
    });
    expect((await sections()).map((s) => [s.title, s.position])).toEqual([
      ['What we recommend', 0],
      ['Summary', 1],
      ['Incidents', 2],
    ]);
  });

  it('refuses a VIEWER, an outsider, a blank title and a lead that is not a co-author', async () => {
    const viewer = company.withRole(MembershipRole.VIEWER).client;
    expect(
      errorCodes((await viewer.gql(UPDATE, { input: { id: sectionId(0), title: 'x' } })).errors),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes((await outsider.client.gql(REMOVE, { input: { id: sectionId(0) } })).errors)).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      errorCodes((await member().gql(UPDATE, { input: { id: sectionId(0), title: ' ' } })).errors),
    ).toEqual(['BAD_USER_INPUT']);
    const other = await organizationWithMembers(t, []);
    const lead = await member().gql(UPDATE, {
      input: { id: sectionId(0), leadOrganizationId: other.organization.id },
    });
    expect(errorCodes(lead.errors)).toEqual(['BAD_USER_INPUT']);
    expect((await sections()).map((s) => s.title)).toEqual(['Summary', 'Incidents', 'Recommendations']);
  });

  it('a removed section leaves the list, its text stays in earlier versions, and it comes back from one', async () => {
    const client = await editor();
    appendParagraph(client.doc, sectionId(1), 'Two incidents were escalated.');
    await client.acknowledged();
    const version = await member().ok<{ createReviewVersion: FrozenVersion }>(VERSION, {
      id: report.id,
      label: 'Before removal',
    });
    const removed = await member().ok<{ removeReviewSection: { sections: Section[] } }>(REMOVE, {
      input: { id: sectionId(1) },
    });
    expect(removed.removeReviewSection.sections.map((s) => [s.title, s.position])).toEqual([
      ['Summary', 0],
      ['Recommendations', 1],
    ]);
    const after = await member().ok<{ createReviewVersion: FrozenVersion }>(VERSION, {
      id: report.id,
      label: 'After removal',
    });
    expect(after.createReviewVersion.markdown).not.toContain('Two incidents');
    // Each version lists the sections it froze: the removed one only in the earlier version.
    expect(version.createReviewVersion.sections).toEqual([
      { id: sectionId(0), title: 'Summary', position: 0 },
      { id: sectionId(1), title: 'Incidents', position: 1 },
      { id: sectionId(2), title: 'Recommendations', position: 2 },
    ]);
    expect(after.createReviewVersion.sections.map((s) => s.title)).toEqual(['Summary', 'Recommendations']);
    expect(version.createReviewVersion.markdown).toContain('## Incidents\n\nTwo incidents were escalated.');

    // Meanwhile someone overwrote the text in the (removed) section's fragment.
    client.doc.getXmlFragment(sectionId(1)).delete(0, 1);
    appendParagraph(client.doc, sectionId(1), 'Scribbled over.');
    await client.acknowledged();

    const restored = await member().ok<{ restoreReviewSection: Section }>(RESTORE, {
      input: { versionId: version.createReviewVersion.id, sectionId: sectionId(1) },
    });
    expect(restored.restoreReviewSection).toEqual({
      id: sectionId(1),
      title: 'Incidents',
      position: 2,
      markdown: 'Two incidents were escalated.',
    });
    // The open editor receives the restored text live.
    await eventually(() =>
      expect(paragraphsOf(client.doc, sectionId(1))).toEqual(['Two incidents were escalated.']),
    );
  });

  it('refuses restoring a section the version does not hold, and a VIEWER', async () => {
    const version = await member().ok<{ createReviewVersion: { id: string } }>(VERSION, {
      id: report.id,
      label: 'v',
    });
    const added = await member().ok<{ addReviewSection: { id: string } }>(
      `mutation ($input: AddReviewSectionInput!) { addReviewSection(input: $input) { id } }`,
      { input: { reportId: report.id, title: 'Later' } },
    );
    const missing = await member().gql(RESTORE, {
      input: { versionId: version.createReviewVersion.id, sectionId: added.addReviewSection.id },
    });
    expect(errorCodes(missing.errors)).toEqual(['BAD_USER_INPUT']);
    const byViewer = await company
      .withRole(MembershipRole.VIEWER)
      .client.gql(RESTORE, { input: { versionId: version.createReviewVersion.id, sectionId: sectionId(0) } });
    expect(errorCodes(byViewer.errors)).toEqual(['FORBIDDEN']);
  });
});
