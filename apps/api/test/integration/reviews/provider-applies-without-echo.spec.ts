import { MembershipRole } from '@ecw/domain';
import { type onOutgoingMessageParameters } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { awarenessEntriesOf } from '../../../src/reviews/collab/awareness-update.js';
import { ReviewReportFactory, type CreatedReviewReport } from '../../factories/review.factory.js';
import { organizationWithMembers, signUpPerson, type Team } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { createApiToken } from '../platform/api-token.js';
import {
  appendParagraph,
  eventually,
  openDocument,
  paragraphsOf,
  type CollabClient,
} from './support/collab-client.js';

/** Whether the document had an 'update' listener during each transaction the provider applied. */
function listenersDuringProviderTransactions(client: CollabClient): boolean[] {
  const seen: boolean[] = [];
  client.doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.origin === client.provider) seen.push(client.doc._observers.has('update'));
  });
  return seen;
}

/** The client ids of every presence entry `client` sends to the server from now on. */
function presenceSentBy(client: CollabClient): number[] {
  const sent: number[] = [];
  client.provider.on('outgoingMessage', ({ message }: onOutgoingMessageParameters) => {
    for (const entry of awarenessEntriesOf(message.toUint8Array()) ?? []) sent.push(entry.clientId);
  });
  return sent;
}

/**
 * The patched @hocuspocus/provider (ADR 0027) applies what the server sends with its own 'update'
 * listener set aside, so that Yjs does not encode it all again for a listener that drops it. What
 * the client itself changes must still reach the server: its edits afterwards, and a change made by
 * an observer while a server update is being applied.
 */
describe('the provider applies server updates without encoding them again', () => {
  let t: TestApi;
  let company: Team;
  let report: CreatedReviewReport;
  let sectionId: string;
  const open: CollabClient[] = [];

  async function opener(role: MembershipRole | 'owner'): Promise<CollabClient> {
    const person = role === 'owner' ? company.owner : company.withRole(role);
    const client = openDocument(t.url, report.collabDocument, {
      token: await createApiToken(person.client),
    });
    open.push(client);
    return client;
  }

  beforeAll(async () => {
    t = await startTestApi();
    await signUpPerson(t); // the platform admin
    company = await organizationWithMembers(t, [MembershipRole.ADMIN]);
  });
  beforeEach(async () => {
    report = await ReviewReportFactory.for(company.organization.id).createBy(company.owner.client);
    sectionId = report.sections[0]?.id ?? '';
  });
  afterEach(() => {
    for (const client of open.splice(0).reverse()) client.destroy();
  });
  afterAll(() => t.close());

  it('applies what the server sends with no update listener, and sends the edits made afterwards', async () => {
    const owner = await opener('owner');
    await owner.acknowledged();
    appendParagraph(owner.doc, sectionId, 'written before the admin opened');
    await owner.acknowledged();

    const admin = await opener(MembershipRole.ADMIN);
    const duringApply = listenersDuringProviderTransactions(admin);
    await admin.acknowledged();
    expect(paragraphsOf(admin.doc, sectionId)).toEqual(['written before the admin opened']);
    expect(duringApply.length).toBeGreaterThan(0);
    expect(duringApply.every((hadListener) => !hadListener)).toBe(true);
    expect(admin.doc._observers.get('update')?.size).toBe(1);

    appendParagraph(admin.doc, sectionId, 'the admin answers');
    await admin.acknowledged();
    await eventually(() =>
      expect(paragraphsOf(owner.doc, sectionId)).toEqual([
        'written before the admin opened',
        'the admin answers',
      ]),
    );
  });

  it('sends a change an observer makes while a server update is being applied', async () => {
    const owner = await opener('owner');
    const admin = await opener(MembershipRole.ADMIN);
    await Promise.all([owner.acknowledged(), admin.acknowledged()]);
    const section = admin.doc.getXmlFragment(sectionId);
    let answered = false;
    section.observeDeep(() => {
      if (answered || !paragraphsOf(admin.doc, sectionId).includes('ping')) return;
      answered = true;
      appendParagraph(admin.doc, sectionId, 'pong'); // inside the apply's transaction cleanup
    });

    appendParagraph(owner.doc, sectionId, 'ping');

    await eventually(() => expect(paragraphsOf(owner.doc, sectionId)).toEqual(['ping', 'pong']));
    await admin.acknowledged();
  });

  it("sends its own presence and never sends back another editor's (ADR 0028)", async () => {
    const owner = await opener('owner');
    const admin = await opener(MembershipRole.ADMIN);
    await Promise.all([owner.acknowledged(), admin.acknowledged()]);
    const sentByAdmin = presenceSentBy(admin);

    owner.provider.setAwarenessField('section', sectionId);
    await eventually(() =>
      expect(admin.provider.awareness?.getStates().get(owner.doc.clientID)).toMatchObject({
        section: sectionId,
      }),
    );
    admin.provider.setAwarenessField('section', sectionId);
    await eventually(() =>
      expect(owner.provider.awareness?.getStates().get(admin.doc.clientID)).toMatchObject({
        section: sectionId,
      }),
    );

    expect(sentByAdmin).toContain(admin.doc.clientID);
    expect(sentByAdmin).not.toContain(owner.doc.clientID);
  });
});
