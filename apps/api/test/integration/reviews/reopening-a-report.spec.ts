import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { MembershipRole } from '@ecw/domain';
import { ReviewReportFactory, type CreatedReviewReport } from '../../factories/review.factory.js';
import { organizationWithMembers, signUpPerson, type Team } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { createApiToken } from '../platform/api-token.js';
import { appendParagraph, eventually, openDocument, paragraphsOf } from './support/collab-client.js';

/**
 * An instance keeps the snapshot of a report it opened or compacted, and fetches it again only if
 * the stored row changed since (ADR 0023). Two instances on one database, no Redis: nothing tells
 * instance A that B rewrote the snapshot except the database itself.
 */
describe('opening a report again after it changed elsewhere', () => {
  let a: TestApi;
  let b: TestApi;
  let company: Team;
  let report: CreatedReviewReport;
  let sectionId: string;
  const tokens = new Map<TestApi, string>();

  beforeAll(async () => {
    const shared = { SESSION_SECRET: randomBytes(32).toString('hex') };
    a = await startTestApi(shared);
    b = await startTestApi(shared, { url: a.databaseUrl });
    await signUpPerson(a); // the platform admin
    company = await organizationWithMembers(a, [MembershipRole.MEMBER]);
    tokens.set(a, await createApiToken(company.owner.client));
    tokens.set(b, await createApiToken(company.withRole(MembershipRole.MEMBER).client));
  });
  beforeEach(async () => {
    report = await ReviewReportFactory.for(company.organization.id).createBy(company.owner.client);
    sectionId = report.sections[0]?.id ?? '';
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  /** Opens the report on `instance`, optionally types a paragraph, and leaves; returns what it saw. */
  async function visit(instance: TestApi, typed?: string): Promise<string[]> {
    const client = openDocument(instance.url, report.collabDocument, { token: tokens.get(instance) ?? '' });
    try {
      await client.acknowledged();
      if (typed) {
        appendParagraph(client.doc, sectionId, typed);
        await client.acknowledged();
      }
      return paragraphsOf(client.doc, sectionId);
    } finally {
      client.destroy();
    }
  }

  /** The last client left and the log was folded into the snapshot (the compaction on leaving). */
  async function compacted(): Promise<void> {
    await eventually(async () => {
      const [row] = await a.db.query<{ logged: string; snapshots: string }[]>(
        `SELECT (SELECT count(*) FROM review_document_updates WHERE report_id = $1) AS logged,
                (SELECT count(*) FROM review_document_snapshots WHERE report_id = $1) AS snapshots`,
        [report.id],
      );
      expect(row).toEqual({ logged: '0', snapshots: '1' });
    });
  }

  it('an instance that compacted the report sees what another instance wrote and compacted since', async () => {
    expect(await visit(a, 'Written on A.')).toEqual(['Written on A.']);
    await compacted();
    expect(await visit(a)).toEqual(['Written on A.']);
    expect(await visit(b, 'Written on B.')).toEqual(['Written on A.', 'Written on B.']);
    await compacted();
    await eventually(async () => expect(await visit(a)).toEqual(['Written on A.', 'Written on B.']));
  });

  it('a log found on opening is folded when the reader leaves, though the reader changed nothing', async () => {
    await visit(a, 'Compacted.');
    await compacted();
    // An update another instance logged and never folded (it stopped before its last client left).
    const elsewhere = new Y.Doc();
    appendParagraph(elsewhere, sectionId, 'Logged elsewhere.');
    await a.db.query(`INSERT INTO review_document_updates (report_id, update) VALUES ($1, $2)`, [
      report.id,
      Buffer.from(Y.encodeStateAsUpdate(elsewhere)),
    ]);
    expect((await visit(a)).sort()).toEqual(['Compacted.', 'Logged elsewhere.']);
    await compacted();
  });

  it('a snapshot rewritten in the database since the last open is what the next open gets', async () => {
    await visit(a, 'Before the rewrite.');
    await compacted();
    expect(await visit(a)).toEqual(['Before the rewrite.']);
    await visit(b, 'Only in the rewrite.');
    await compacted();
    const [rewritten] = await a.db.query<{ state: Buffer }[]>(
      `SELECT state FROM review_document_snapshots WHERE report_id = $1`,
      [report.id],
    );
    await visit(a, 'Not kept.');
    await compacted();
    await a.db.query(`UPDATE review_document_snapshots SET state = $2 WHERE report_id = $1`, [
      report.id,
      rewritten?.state,
    ]);
    await eventually(async () =>
      expect(await visit(a)).toEqual(['Before the rewrite.', 'Only in the rewrite.']),
    );
  });
});
