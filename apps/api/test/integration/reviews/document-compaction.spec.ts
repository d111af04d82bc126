import { type QueryRunner } from 'typeorm';
import * as Y from 'yjs';
import { ReviewDocumentStore } from '../../../src/reviews/review-document.store.js';
import { ReviewReportFactory, type CreatedReviewReport } from '../../factories/review.factory.js';
import { organizationWithMembers, signUpPerson } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { eventually } from './support/collab-client.js';

/** An update that writes `text` into a document of its own: any two of them apply together. */
function typed(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, text);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

function textOf(state: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const text = doc.getText('body').toString();
  doc.destroy();
  return text;
}

/**
 * The log's ids come from a sequence, so they are taken in one order and committed in another: an
 * append that took its id before a compaction read the log can commit after it. Compaction must
 * delete only the updates it folded into the snapshot, never "every id up to the last one it read".
 */
describe('compacting a report while an earlier append commits', () => {
  let api: TestApi;
  let report: CreatedReviewReport;
  let store: ReviewDocumentStore;
  const runners: QueryRunner[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    await signUpPerson(api); // the platform admin
    const company = await organizationWithMembers(api, []);
    report = await ReviewReportFactory.for(company.organization.id).createBy(company.owner.client);
    store = new ReviewDocumentStore(api.db);
  });
  afterAll(async () => {
    for (const runner of runners) if (!runner.isReleased) await runner.release();
    await api?.close();
  });

  async function transaction(): Promise<QueryRunner> {
    const runner = api.db.createQueryRunner();
    runners.push(runner);
    await runner.connect();
    await runner.startTransaction();
    return runner;
  }

  it('keeps an update whose id is below the last one it folded but which committed after it read the log', async () => {
    await store.append(report.id, typed('snapshot '));
    await store.compact(report.id); // the snapshot row now exists, the log is empty

    // An append that has taken its id but not committed yet…
    const early = await transaction();
    await early.query(`INSERT INTO review_document_updates (report_id, update) VALUES ($1, $2)`, [
      report.id,
      Buffer.from(typed('early ')),
    ]);
    // …one after it that commits at once…
    await store.append(report.id, typed('late '));
    // …and the snapshot row held, so the compaction stops after reading the log, before it deletes.
    const holder = await transaction();
    await holder.query(`SELECT 1 FROM review_document_snapshots WHERE report_id = $1 FOR UPDATE`, [
      report.id,
    ]);
    const compaction = store.compact(report.id);
    await eventually(async () => {
      const waiting = await api.db.query<{ query: string }[]>(
        `SELECT query FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%review_document_snapshots%'`,
      );
      expect(waiting).toHaveLength(1);
    });
    await early.commitTransaction();
    await holder.rollbackTransaction();
    await compaction;

    const stored = textOf((await store.load(report.id)).state);
    for (const part of ['snapshot', 'early', 'late']) expect(stored).toContain(part);
  });
});
