import { MembershipRole } from '@ecw/domain';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { ReviewReportFactory, type CreatedReviewReport } from '../../factories/review.factory.js';
import {
  organizationWithMembers,
  signUpPerson,
  type Person,
  type Team,
} from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { createApiToken } from '../platform/api-token.js';
import {
  appendParagraph,
  eventually,
  openDocument,
  paragraphsOf,
  type CollabClient,
} from './support/collab-client.js';

/** Hocuspocus' Sync message and y-protocols' sync step 2 inside it. */
const SYNC_MESSAGE = 0;
const SYNC_STEP_2 = 1;

/** A client with the sync step 2 payloads the server sent it, as received on the wire. */
interface ObservedClient extends CollabClient {
  syncStep2: Uint8Array[];
}

function syncStep2Of(data: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(data);
  decoding.readVarString(decoder);
  if (decoding.readVarUint(decoder) !== SYNC_MESSAGE) return null;
  if (decoding.readVarUint(decoder) !== SYNC_STEP_2) return null;
  return decoding.readVarUint8Array(decoder);
}

/**
 * A report whose document was loaded from its store answers a client that has nothing with the
 * stored bytes themselves (ADR 0016): the stored state here is two updates merged, which Yjs would
 * encode differently from a document, so the bytes on the wire show which path answered.
 */
describe('opening a stored review report over /collab', () => {
  let t: TestApi;
  let company: Team;
  let outsider: Person;
  let report: CreatedReviewReport;
  let sectionId: string;
  let stored: Uint8Array;
  const tokens = new Map<string, string>();
  const open: { destroy(): void }[] = [];

  async function opener(person: Person): Promise<ObservedClient> {
    let token = tokens.get(person.userId);
    if (!token) {
      token = await createApiToken(person.client);
      tokens.set(person.userId, token);
    }
    const client = openDocument(t.url, report.collabDocument, { token });
    open.push(client);
    const syncStep2: Uint8Array[] = [];
    client.provider.on('message', ({ event }: { event: MessageEvent }) => {
      const payload = syncStep2Of(new Uint8Array(event.data as ArrayBuffer));
      if (payload) syncStep2.push(payload);
    });
    return { ...client, syncStep2 };
  }

  /**
   * A paragraph typed as two updates, merged: a valid stored state that a document encodes
   * differently (it joins the two runs of text into one).
   */
  function mergedTypedParagraph(): Uint8Array {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const text = new Y.XmlText('typed');
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [text]);
    doc.getXmlFragment(sectionId).push([paragraph]);
    text.insert(text.length, ' and stored');
    return Y.mergeUpdates(updates);
  }

  beforeAll(async () => {
    t = await startTestApi();
    await signUpPerson(t); // the platform admin
    company = await organizationWithMembers(t, [MembershipRole.ADMIN, MembershipRole.VIEWER]);
    outsider = await signUpPerson(t);
  });
  beforeEach(async () => {
    report = await ReviewReportFactory.for(company.organization.id).createBy(company.owner.client);
    sectionId = report.sections[0]?.id ?? '';
    stored = mergedTypedParagraph();
    const encodedByADocument = new Y.Doc();
    Y.applyUpdate(encodedByADocument, stored);
    expect(Buffer.from(Y.encodeStateAsUpdate(encodedByADocument))).not.toEqual(Buffer.from(stored));
    await t.db.query(`DELETE FROM review_document_updates WHERE report_id = $1`, [report.id]);
    await t.db.query(
      `INSERT INTO review_document_snapshots (report_id, state, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (report_id) DO UPDATE SET state = excluded.state, updated_at = now()`,
      [report.id, Buffer.from(stored)],
    );
  });
  afterEach(() => {
    for (const opened of open.splice(0).reverse()) opened.destroy();
  });
  afterAll(() => t.close());

  it('the first client receives the stored bytes as they are, and the stored document', async () => {
    const owner = await opener(company.owner);
    await owner.acknowledged();
    expect(owner.syncStep2).toEqual([stored]);
    expect(paragraphsOf(owner.doc, sectionId)).toEqual(['typed and stored']);
  });

  it('an edit made before a second client opens is seen by it: the document is encoded again', async () => {
    const owner = await opener(company.owner);
    await owner.acknowledged();
    appendParagraph(owner.doc, sectionId, 'typed before the second opened');
    await owner.acknowledged();
    const admin = await opener(company.withRole(MembershipRole.ADMIN));
    await admin.acknowledged();
    expect(paragraphsOf(admin.doc, sectionId)).toEqual([
      'typed and stored',
      'typed before the second opened',
    ]);
    expect(admin.syncStep2).toHaveLength(1);
    expect(admin.syncStep2[0]).not.toEqual(stored);
  });

  it('a read-only connection still gets the stored content', async () => {
    const viewer = await opener(company.withRole(MembershipRole.VIEWER));
    await eventually(() => expect(paragraphsOf(viewer.doc, sectionId)).toEqual(['typed and stored']));
    expect(viewer.provider.authorizedScope).toBe('readonly');
    expect(viewer.syncStep2).toEqual([stored]);
  });

  it('an outsider gets nothing of it', async () => {
    const owner = await opener(company.owner);
    await owner.acknowledged();
    const intruder = await opener(outsider);
    await eventually(() => expect(intruder.authenticationFailures).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(intruder.syncStep2).toEqual([]);
    expect(paragraphsOf(intruder.doc, sectionId)).toEqual([]);
  });
});
