import { type beforeHandleMessagePayload, MessageType } from '@hocuspocus/server';
import * as encoding from 'lib0/encoding';
import { pino } from 'pino';
import * as Y from 'yjs';
import { ReviewReportPersistenceExtension } from '../../../src/reviews/collab/extensions/review-report-persistence.extension.js';
import { ReviewDocumentStore } from '../../../src/reviews/review-document.store.js';
import { ReviewReportFactory, type CreatedReviewReport } from '../../factories/review.factory.js';
import { organizationWithMembers, signUpPerson } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { eventually } from './support/collab-client.js';

/** y-protocols' sync message kind for an update. */
const SYNC_UPDATE = 2;

/** A Yjs update as a Hocuspocus client sends it over the wire. */
function updateMessage(documentName: string, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, SYNC_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/**
 * A report's size limit counts what is stored, not what was ever typed: compaction while people
 * edit frees what the snapshot no longer needs (deleted text), and the limit counts that.
 */
describe('the size limit of a report edited for a long time', () => {
  let api: TestApi;
  let report: CreatedReviewReport;
  let store: ReviewDocumentStore;

  beforeAll(async () => {
    api = await startTestApi();
    await signUpPerson(api); // the platform admin
    const company = await organizationWithMembers(api, []);
    report = await ReviewReportFactory.for(company.organization.id).createBy(company.owner.client);
    store = new ReviewDocumentStore(api.db);
  });
  afterAll(() => api?.close());

  it('takes edits beyond the limit in typed bytes once compaction has freed them, and refuses a document over it', async () => {
    const limits = { maxDocumentBytes: 4_000, compactEvery: 4 };
    const persistence = new ReviewReportPersistenceExtension(store, pino({ level: 'silent' }), limits);
    const author = new Y.Doc();
    const text = author.getText('body');
    const sent: Uint8Array[] = [];
    author.on('update', (update: Uint8Array) => sent.push(update));
    const send = (update: Uint8Array) =>
      persistence.beforeHandleMessage({
        connection: { readOnly: false },
        documentName: report.collabDocument,
        update: updateMessage(report.collabDocument, update),
      } as unknown as beforeHandleMessagePayload);
    /** A thousand characters typed, then deleted: about 1 KB appended, next to nothing to keep. */
    const typeAndDelete = async () => {
      text.insert(0, 'x'.repeat(1_000));
      text.delete(0, 1_000);
      for (const update of sent.splice(0)) await send(update);
    };
    const logged = async () =>
      (
        await api.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM review_document_updates WHERE report_id = $1`,
          [report.id],
        )
      )[0]?.n;

    await typeAndDelete();
    await typeAndDelete(); // four updates: compaction starts
    await eventually(async () => expect(await logged()).toBe(0));
    await new Promise((resolve) => setTimeout(resolve, 50)); // its result is counted after it commits
    await typeAndDelete();
    await typeAndDelete(); // about 4 KB typed in all: over the limit, but little of it stored

    text.insert(0, 'y'.repeat(4_000));
    const [tooLarge] = sent.splice(0);
    await expect(send(tooLarge ?? new Uint8Array())).rejects.toEqual({
      code: 4413,
      reason: 'Document too large',
    });
  });
});
