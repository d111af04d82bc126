import { createHash } from 'node:crypto';
import { MembershipRole } from '@ecw/domain';
import { ReviewReportFactory, type CreatedReviewReport } from '../../factories/review.factory.js';
import {
  organizationWithMembers,
  signUpPerson,
  type Person,
  type Team,
} from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type TestClient } from '../../support/test-client.js';
import { createApiToken } from '../platform/api-token.js';
import { appendParagraph, openDocument } from './support/collab-client.js';

const EXPORT = `mutation ($input: ExportReviewReportInput!) { exportReviewReport(input: $input) { filename contentType content contentHash } }`;
const VERSION = `mutation ($id: ID!, $label: String!) { createReviewVersion(reportId: $id, label: $label) { id markdown contentHash } }`;

interface Exported {
  filename: string;
  contentType: string;
  content: string;
  contentHash: string;
}

describe('exporting a review report: Markdown, and printable HTML with the sign-off page', () => {
  let t: TestApi;
  let company: Team;
  let civilSociety: Team;
  let outsider: Person;
  let report: CreatedReviewReport;

  beforeAll(async () => {
    t = await startTestApi();
    const platformAdmin = await signUpPerson(t);
    company = await organizationWithMembers(t, [MembershipRole.MEMBER], { verifiedBy: platformAdmin.client });
    civilSociety = await organizationWithMembers(t, [MembershipRole.MEMBER], {
      verifiedBy: platformAdmin.client,
    });
    outsider = await signUpPerson(t);
    report = await ReviewReportFactory.for(company.organization.id, {
      title: 'Debrief <script>alert(1)</script>',
      coAuthorOrganizationIds: [civilSociety.organization.id],
    }).createBy(company.owner.client);
    const editor = openDocument(t.url, report.collabDocument, {
      token: await createApiToken(company.withRole(MembershipRole.MEMBER).client),
    });
    await editor.acknowledged();
    appendParagraph(
      editor.doc,
      report.sections[0]?.id ?? '',
      'Turnout <img src=x onerror=alert(1)> was high.',
    );
    await editor.acknowledged();
    editor.destroy();
  });
  afterAll(() => t.close());

  const member = () => company.withRole(MembershipRole.MEMBER).client;
  const exported = async (client: TestClient, input: Record<string, unknown>) =>
    (await client.ok<{ exportReviewReport: Exported }>(EXPORT, { input: { reportId: report.id, ...input } }))
      .exportReviewReport;

  it('co-authors export a draft version; outsiders cannot until it is published; every export is audited', async () => {
    const version = (
      await member().ok<{ createReviewVersion: { id: string; markdown: string; contentHash: string } }>(
        VERSION,
        {
          id: report.id,
          label: 'Draft',
        },
      )
    ).createReviewVersion;
    const markdown = await exported(member(), { versionId: version.id, format: 'MARKDOWN' });
    expect(markdown).toEqual({
      filename: `review-${report.id}-${version.id}.md`,
      contentType: 'text/markdown',
      content: version.markdown,
      contentHash: createHash('sha256').update(version.markdown, 'utf8').digest('hex'),
    });
    const notPublished = await member().gql(EXPORT, { input: { reportId: report.id, format: 'HTML' } });
    expect(errorCodes(notPublished.errors)).toEqual(['BAD_USER_INPUT']);
    const byOutsider = await outsider.client.gql(EXPORT, {
      input: { reportId: report.id, versionId: version.id, format: 'MARKDOWN' },
    });
    expect(errorCodes(byOutsider.errors)).toEqual(['NOT_FOUND']);
    const audited = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'review.exported' AND target_id = $1`,
      [report.id],
    );
    expect(audited[0].n).toBe(1);
  });

  it('the published report exports as escaped HTML with organisations, signers, dates and the hash', async () => {
    const version = (
      await member().ok<{ createReviewVersion: { id: string; contentHash: string } }>(VERSION, {
        id: report.id,
        label: 'Final',
      })
    ).createReviewVersion;
    await member().ok(`mutation ($id: ID!) { requestSignOff(versionId: $id) { id } }`, { id: version.id });
    await member().ok(`mutation ($id: ID!) { signOff(versionId: $id) { signedAt } }`, { id: version.id });
    await civilSociety
      .withRole(MembershipRole.MEMBER)
      .client.ok(`mutation ($id: ID!) { signOff(versionId: $id) { signedAt } }`, { id: version.id });
    await company.owner.client.ok(
      `mutation ($id: ID!) { publishReview(reportId: $id, visibility: PUBLIC) { status } }`,
      { id: report.id },
    );

    const html = await exported(outsider.client, { format: 'HTML' });
    expect(html.contentType).toBe('text/html');
    expect(html.contentHash).toBe(version.contentHash);
    expect(html.content).not.toMatch(/<script|<img/);
    expect(html.content).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html.content).toContain(company.organization.name);
    expect(html.content).toContain(civilSociety.organization.name);
    expect(html.content).toContain(company.withRole(MembershipRole.MEMBER).displayName);
    expect(html.content).toContain(civilSociety.withRole(MembershipRole.MEMBER).displayName);
    expect(html.content).toContain(version.contentHash);
    // Each date as a reader reads it (UTC, as the column says), the exact instant in `datetime`.
    expect(html.content).toMatch(
      /<time datetime="\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z">[A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d{2}\s[AP]M<\/time>/,
    );
  });
});
