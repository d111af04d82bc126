import { createHash } from 'node:crypto';
import { MembershipRole } from '@ecw/domain';
import { ReviewReportFactory, type CreatedReviewReport } from '../../factories/review.factory.js';
import {
  addMember,
  organizationWithMembers,
  signUpPerson,
  type Person,
  type Team,
} from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type TestClient } from '../../support/test-client.js';
import { createApiToken } from '../platform/api-token.js';
import {
  appendParagraph,
  eventually,
  openDocument,
  paragraphsOf,
  type CollabClient,
} from './support/collab-client.js';

const VERSION_FIELDS = 'id label contentHash markdown createdBy { id }';
const CREATE_VERSION = `mutation ($reportId: ID!, $label: String!) { createReviewVersion(reportId: $reportId, label: $label) { ${VERSION_FIELDS} } }`;
const REQUEST = `mutation ($versionId: ID!) { requestSignOff(versionId: $versionId) { id status } }`;
const SIGN = `mutation ($versionId: ID!) { signOff(versionId: $versionId) { organization { id } user { id } version { id } signedAt } }`;
const PUBLISH = `mutation ($reportId: ID!, $visibility: ReviewVisibility!) { publishReview(reportId: $reportId, visibility: $visibility) { id status visibility } }`;
const REPORT = `query ($id: ID!) { reviewReport(id: $id) { status visibility versions { id label contentHash markdown } signOffs { organization { id } user { id } version { id } } } }`;
const REMOVE_SECTION = `mutation ($input: RemoveReviewSectionInput!) { removeReviewSection(input: $input) { id } }`;
const NOTIFICATIONS = `{ notifications { edges { node { kind message } } } }`;

interface Version {
  id: string;
  label: string;
  contentHash: string;
  markdown: string;
  createdBy: { id: string } | null;
}

interface ReportView {
  status: string;
  visibility: string;
  versions: { id: string; label: string; contentHash: string; markdown: string }[];
  signOffs: { organization: { id: string }; user: { id: string }; version: { id: string } }[];
}

function reasonOf(result: { errors?: readonly { extensions?: Record<string, unknown> }[] }): unknown {
  return result.errors?.[0]?.extensions?.['reason'];
}

describe('review versions, sign-off by every co-author, publication', () => {
  let t: TestApi;
  let company: Team;
  let civilSociety: Team;
  let outsider: Person;
  let report: CreatedReviewReport;
  const open: CollabClient[] = [];

  beforeAll(async () => {
    t = await startTestApi();
    const platformAdmin = await signUpPerson(t);
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
      sectionTitles: ['Summary', 'Incidents'],
    }).createBy(company.owner.client);
  });
  afterEach(() => {
    for (const client of open.splice(0)) client.destroy();
  });
  afterAll(() => t.close());

  /** Types a paragraph into a section through a real provider and waits for the acknowledgement. */
  async function type(person: Person, sectionIndex: number, text: string): Promise<void> {
    const client = openDocument(t.url, report.collabDocument, { token: await createApiToken(person.client) });
    open.push(client);
    await client.acknowledged();
    appendParagraph(client.doc, report.sections[sectionIndex]?.id ?? '', text);
    await client.acknowledged();
  }

  async function createVersion(client: TestClient, label: string): Promise<Version> {
    return (await client.ok<{ createReviewVersion: Version }>(CREATE_VERSION, { reportId: report.id, label }))
      .createReviewVersion;
  }

  async function view(client: TestClient): Promise<ReportView> {
    return (await client.ok<{ reviewReport: ReportView }>(REPORT, { id: report.id })).reviewReport;
  }

  const member = () => company.withRole(MembershipRole.MEMBER);
  const partner = () => civilSociety.withRole(MembershipRole.MEMBER);

  it('a version freezes the whole report as Markdown, hashed with SHA-256; newest first', async () => {
    await type(member(), 0, 'Turnout was high.');
    await type(partner(), 1, 'Two incidents escalated.');
    const first = await createVersion(member().client, 'Draft 1');
    expect(first.markdown).toBe(
      `# ${report.title}\n\n## Summary\n\nTurnout was high.\n\n## Incidents\n\nTwo incidents escalated.\n`,
    );
    expect(first.contentHash).toBe(createHash('sha256').update(first.markdown, 'utf8').digest('hex'));
    expect(first.createdBy).toEqual({ id: member().userId });
    await type(member(), 0, 'More.');
    const second = await createVersion(partner().client, 'Draft 2');
    expect(second.contentHash).not.toBe(first.contentHash);
    // The snapshot the version came from is stored with it.
    const [stored] = await t.db.query(`SELECT length(snapshot) AS bytes FROM review_versions WHERE id = $1`, [
      second.id,
    ]);
    expect(Number(stored.bytes)).toBeGreaterThan(2);
    expect((await view(civilSociety.owner.client)).versions.map((v) => v.label)).toEqual([
      'Draft 2',
      'Draft 1',
    ]);
  });

  it('a VIEWER may not freeze a version, an outsider cannot tell the report exists, a blank label names the field', async () => {
    const asViewer = await company
      .withRole(MembershipRole.VIEWER)
      .client.gql(CREATE_VERSION, { reportId: report.id, label: 'No' });
    expect(errorCodes(asViewer.errors)).toEqual(['FORBIDDEN']);
    const asOutsider = await outsider.client.gql(CREATE_VERSION, { reportId: report.id, label: 'No' });
    expect(errorCodes(asOutsider.errors)).toEqual(['NOT_FOUND']);
    const blank = await member().client.gql(CREATE_VERSION, { reportId: report.id, label: ' ' });
    expect(errorCodes(blank.errors)).toEqual(['BAD_USER_INPUT']);
    expect(blank.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
      expect.objectContaining({ field: 'label' }),
    ]);
    expect((await view(member().client)).versions).toEqual([]);
  });

  it('sign-off: requested on the latest version, each co-author organisation signs once; VIEWER FORBIDDEN, outsider NOT_FOUND', async () => {
    await type(member(), 0, 'Agreed text.');
    const version = await createVersion(member().client, 'For sign-off');
    const early = await member().client.gql(SIGN, { versionId: version.id });
    expect(reasonOf(early)).toBe('REVIEW_SIGNOFF_NOT_REQUESTED');

    const viewerRequest = await company
      .withRole(MembershipRole.VIEWER)
      .client.gql(REQUEST, { versionId: version.id });
    expect(errorCodes(viewerRequest.errors)).toEqual(['FORBIDDEN']);
    const requested = await member().client.ok<{ requestSignOff: { status: string } }>(REQUEST, {
      versionId: version.id,
    });
    expect(requested.requestSignOff.status).toBe('IN_SIGNOFF');
    // Addressed to everyone who may sign for a co-author (MEMBER and above), never to a VIEWER.
    const kindsIn = async (person: Person) =>
      (
        await person.client.ok<{ notifications: { edges: { node: { kind: string } }[] } }>(NOTIFICATIONS)
      ).notifications.edges.map((e) => e.node.kind);
    expect(await kindsIn(civilSociety.owner)).toContain('reviewSignOffRequested');
    expect(await kindsIn(civilSociety.withRole(MembershipRole.MEMBER))).toContain('reviewSignOffRequested');
    expect(await kindsIn(company.withRole(MembershipRole.ADMIN))).toContain('reviewSignOffRequested');
    expect(await kindsIn(company.withRole(MembershipRole.VIEWER))).not.toContain('reviewSignOffRequested');

    const byViewer = await company
      .withRole(MembershipRole.VIEWER)
      .client.gql(SIGN, { versionId: version.id });
    expect(errorCodes(byViewer.errors)).toEqual(['FORBIDDEN']);
    const byOutsider = await outsider.client.gql(SIGN, { versionId: version.id });
    expect(errorCodes(byOutsider.errors)).toEqual(['NOT_FOUND']);

    const signed = await member().client.ok<{
      signOff: { organization: { id: string }; version: { id: string } };
    }>(SIGN, { versionId: version.id });
    expect(signed.signOff.organization.id).toBe(company.organization.id);
    expect(signed.signOff.version.id).toBe(version.id);
    const twice = await company.owner.client.gql(SIGN, { versionId: version.id });
    expect(errorCodes(twice.errors)).toEqual(['CONFLICT']);
    expect(reasonOf(twice)).toBe('REVIEW_ALREADY_SIGNED');
    await partner().client.ok(SIGN, { versionId: version.id });
    const signOffs = (await view(company.owner.client)).signOffs;
    expect(signOffs.map((s) => [s.organization.id, s.version.id]).sort()).toEqual(
      [
        [company.organization.id, version.id],
        [civilSociety.organization.id, version.id],
      ].sort(),
    );
  });

  it('editing after sign-off was requested makes a new version necessary; sign-offs keep pointing at their version', async () => {
    await type(member(), 0, 'First text.');
    const first = await createVersion(member().client, 'v1');
    await member().client.ok(REQUEST, { versionId: first.id });
    await member().client.ok(SIGN, { versionId: first.id });
    await type(partner(), 0, 'A late change.');
    const outdated = await partner().client.gql(SIGN, { versionId: first.id });
    expect(reasonOf(outdated)).toBe('REVIEW_VERSION_OUTDATED');

    const second = await createVersion(partner().client, 'v2');
    expect((await view(member().client)).status).toBe('DRAFTING');
    const stale = await member().client.gql(REQUEST, { versionId: first.id });
    expect(reasonOf(stale)).toBe('REVIEW_VERSION_NOT_LATEST');
    const notRequested = await partner().client.gql(SIGN, { versionId: second.id });
    expect(reasonOf(notRequested)).toBe('REVIEW_SIGNOFF_NOT_REQUESTED');
    const signOffs = (await view(member().client)).signOffs;
    expect(signOffs.map((s) => s.version.id)).toEqual([first.id]);
  });

  it('publication needs every co-author to have signed the latest version, names those missing, and is final', async () => {
    await type(member(), 0, 'Final text.');
    const version = await createVersion(member().client, 'Final');
    await member().client.ok(REQUEST, { versionId: version.id });
    await member().client.ok(SIGN, { versionId: version.id });

    const byMember = await member().client.gql(PUBLISH, { reportId: report.id, visibility: 'PUBLIC' });
    expect(errorCodes(byMember.errors)).toEqual(['FORBIDDEN']);
    const missing = await company.owner.client.gql(PUBLISH, { reportId: report.id, visibility: 'PUBLIC' });
    expect(reasonOf(missing)).toBe('REVIEW_SIGNOFF_MISSING');
    expect(missing.errors?.[0]?.message).toContain(civilSociety.organization.name);
    expect(missing.errors?.[0]?.message).not.toContain(company.organization.name);
    const byOutsider = await outsider.client.gql(PUBLISH, { reportId: report.id, visibility: 'PUBLIC' });
    expect(errorCodes(byOutsider.errors)).toEqual(['NOT_FOUND']);

    await partner().client.ok(SIGN, { versionId: version.id });
    const published = await company.owner.client.ok<{
      publishReview: { status: string; visibility: string };
    }>(PUBLISH, { reportId: report.id, visibility: 'PUBLIC' });
    expect(published.publishReview).toEqual(
      expect.objectContaining({ status: 'PUBLISHED', visibility: 'PUBLIC' }),
    );

    // Any signed-in user now reads the published text: that version, and its sign-offs.
    const seen = await view(outsider.client);
    expect(seen.versions).toEqual([
      { id: version.id, label: 'Final', contentHash: version.contentHash, markdown: version.markdown },
    ]);
    expect(seen.signOffs).toHaveLength(2);

    const again = await company.owner.client.gql(PUBLISH, { reportId: report.id, visibility: 'CO_AUTHORS' });
    expect(reasonOf(again)).toBe('REVIEW_PUBLISHED');
    const newVersion = await member().client.gql(CREATE_VERSION, { reportId: report.id, label: 'After' });
    expect(reasonOf(newVersion)).toBe('REVIEW_PUBLISHED');
  });

  it('takes no edit once published, from an editor still connected since before, and says why', async () => {
    const sectionId = report.sections[0]?.id ?? '';
    const token = await createApiToken(member().client);
    const editor = openDocument(t.url, report.collabDocument, { token });
    // Another of the member's tabs, open but idle: the periodic re-check closes it, naming publication.
    const idle = openDocument(t.url, report.collabDocument, { token });
    open.push(editor, idle);
    await Promise.all([editor.acknowledged(), idle.acknowledged()]);
    appendParagraph(editor.doc, sectionId, 'Signed text.');
    await editor.acknowledged();
    const version = await createVersion(member().client, 'Final');
    await member().client.ok(REQUEST, { versionId: version.id });
    await member().client.ok(SIGN, { versionId: version.id });
    await partner().client.ok(SIGN, { versionId: version.id });
    await company.owner.client.ok(PUBLISH, { reportId: report.id, visibility: 'PUBLIC' });

    // At once, before the connection's access is checked again (every 2 s).
    appendParagraph(editor.doc, sectionId, 'Written after publication.');
    await eventually(() => expect(editor.closeReasons).toEqual(['Report published']));
    await eventually(() => expect(idle.closeReasons).toEqual(['Report published']), 5000);
    const [{ logged }] = await t.db.query<{ logged: number }[]>(
      `SELECT count(*)::int AS logged FROM review_document_updates u
        WHERE u.report_id = $1 AND position('Written after publication.' IN encode(u.update, 'escape')) > 0`,
      [report.id],
    );
    expect(logged).toBe(0);
    // A co-author still co-reads the document, read-only now: the signed text and nothing after it.
    const reader = openDocument(t.url, report.collabDocument, {
      token: await createApiToken(partner().client),
    });
    open.push(reader);
    await reader.acknowledged();
    expect(reader.provider.authorizedScope).toBe('readonly');
    await eventually(() => expect(paragraphsOf(reader.doc, sectionId)).toEqual(['Signed text.']));
  });

  it('a public reader outside the co-authors gets the published version, never the live document with its removed sections', async () => {
    const [kept, removed] = report.sections.map((section) => section.id);
    await type(member(), 1, 'Unsigned notes on a source.');
    await member().client.ok(REMOVE_SECTION, { input: { id: removed } });
    await type(member(), 0, 'Signed text.');
    const version = await createVersion(member().client, 'Final');
    await member().client.ok(REQUEST, { versionId: version.id });
    await member().client.ok(SIGN, { versionId: version.id });
    await partner().client.ok(SIGN, { versionId: version.id });
    await company.owner.client.ok(PUBLISH, { reportId: report.id, visibility: 'PUBLIC' });

    const reader = openDocument(t.url, report.collabDocument, {
      token: await createApiToken(outsider.client),
    });
    open.push(reader);
    // Whichever comes first, a refusal or a sync, the removed section's text must not be there.
    await eventually(() =>
      expect(reader.authenticationFailures.length || reader.provider.isSynced).toBeTruthy(),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(paragraphsOf(reader.doc, removed ?? '')).toEqual([]);
    expect(paragraphsOf(reader.doc, kept ?? '')).toEqual([]);
    expect(reader.authenticationFailures).toHaveLength(1);
    // What they read is the published version, through GraphQL.
    const seen = await view(outsider.client);
    expect(seen.versions.map((v) => v.markdown)).toEqual([version.markdown]);
    expect(version.markdown).toContain('Signed text.');
    expect(version.markdown).not.toContain('Unsigned notes');
  });

  it('a co-author member who leaves loses the live document of a public report, though they still read it', async () => {
    const leaving = await signUpPerson(t);
    const membership = await addMember(
      t,
      civilSociety.organization.id,
      civilSociety.owner.client,
      MembershipRole.MEMBER,
      leaving,
    );
    await type(member(), 0, 'Signed text.');
    const version = await createVersion(member().client, 'Final');
    await member().client.ok(REQUEST, { versionId: version.id });
    await member().client.ok(SIGN, { versionId: version.id });
    await partner().client.ok(SIGN, { versionId: version.id });
    await company.owner.client.ok(PUBLISH, { reportId: report.id, visibility: 'PUBLIC' });
    const reader = openDocument(t.url, report.collabDocument, {
      token: await createApiToken(leaving.client),
    });
    open.push(reader);
    await reader.acknowledged();
    await civilSociety.owner.client.ok(`mutation ($id: ID!) { removeMember(membershipId: $id) }`, {
      id: membership.membershipId,
    });
    await eventually(() => expect(reader.closeReasons).toContain('Access changed'), 5000);
    expect((await view(leaving.client)).versions.map((v) => v.id)).toEqual([version.id]);
  });

  it('a report published for its co-authors only stays invisible to outsiders', async () => {
    const version = await createVersion(member().client, 'Only version');
    await member().client.ok(REQUEST, { versionId: version.id });
    await member().client.ok(SIGN, { versionId: version.id });
    await partner().client.ok(SIGN, { versionId: version.id });
    await company.owner.client.ok(PUBLISH, { reportId: report.id, visibility: 'CO_AUTHORS' });
    const hidden = await outsider.client.gql(REPORT, { id: report.id });
    expect(errorCodes(hidden.errors)).toEqual(['NOT_FOUND']);
    expect(hidden.data?.['reviewReport']).toBeNull();
    expect((await view(partner().client)).status).toBe('PUBLISHED');
  });
});
