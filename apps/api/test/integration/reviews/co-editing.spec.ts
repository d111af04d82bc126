import { MembershipRole, presenceColour } from '@ecw/domain';
import * as Y from 'yjs';
import { ReviewReportFactory, type CreatedReviewReport } from '../../factories/review.factory.js';
import {
  addMember,
  organizationWithMembers,
  signUpPerson,
  type Person,
  type Team,
} from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { createApiToken } from '../platform/api-token.js';
import {
  appendParagraph,
  collabSocket,
  eventually,
  openDocument,
  paragraphsOf,
  type CollabClient,
} from './support/collab-client.js';

describe('co-editing a review report over /collab', () => {
  let t: TestApi;
  let company: Team;
  let outsider: Person;
  let report: CreatedReviewReport;
  let sectionId: string;
  const tokens = new Map<string, string>();
  /** Clients and shared sockets to destroy after each test (a live socket keeps reconnecting). */
  const open: { destroy(): void }[] = [];

  async function tokenOf(person: Person): Promise<string> {
    const known = tokens.get(person.userId);
    if (known) return known;
    const secret = await createApiToken(person.client);
    tokens.set(person.userId, secret);
    return secret;
  }

  async function editor(person: Person): Promise<CollabClient> {
    const client = openDocument(t.url, report.collabDocument, { token: await tokenOf(person) });
    open.push(client);
    return client;
  }

  /** What the server stored for the report: its snapshot plus the log after it. */
  async function storedDocument(): Promise<Y.Doc> {
    const rows = await t.db.query(
      `SELECT state AS part FROM review_document_snapshots WHERE report_id = $1
       UNION ALL (SELECT update FROM review_document_updates WHERE report_id = $1 ORDER BY id)`,
      [report.id],
    );
    const stored = new Y.Doc();
    for (const row of rows) Y.applyUpdate(stored, new Uint8Array(row.part));
    return stored;
  }

  beforeAll(async () => {
    t = await startTestApi();
    await signUpPerson(t); // the platform admin
    company = await organizationWithMembers(t, [
      MembershipRole.ADMIN,
      MembershipRole.MEMBER,
      MembershipRole.VIEWER,
    ]);
    outsider = await signUpPerson(t);
  });
  beforeEach(async () => {
    report = await ReviewReportFactory.for(company.organization.id).createBy(company.owner.client);
    sectionId = report.sections[0]?.id ?? '';
  });
  afterEach(() => {
    // Last opened first: a document's provider goes before the shared socket it rides on.
    for (const opened of open.splice(0).reverse()) opened.destroy();
  });
  afterAll(() => t.close());

  it('concurrent edits from three editors converge, and every acknowledged update is stored', async () => {
    const editors = [
      await editor(company.owner),
      await editor(company.withRole(MembershipRole.ADMIN)),
      await editor(company.withRole(MembershipRole.MEMBER)),
    ];
    await Promise.all(editors.map((e) => e.acknowledged()));
    editors.forEach((e, index) => {
      for (let i = 0; i < 5; i += 1) appendParagraph(e.doc, sectionId, `editor ${index} line ${i}`);
    });
    await Promise.all(editors.map((e) => e.acknowledged()));
    await eventually(() => {
      const texts = editors.map((e) => paragraphsOf(e.doc, sectionId));
      expect(texts[0]).toHaveLength(15);
      expect(texts[1]).toEqual(texts[0]);
      expect(texts[2]).toEqual(texts[0]);
    });
    // What the server stored is the same document.
    expect(paragraphsOf(await storedDocument(), sectionId).sort()).toEqual(
      paragraphsOf(editors[0]?.doc ?? new Y.Doc(), sectionId).sort(),
    );
  });

  it('a session cookie opens the document as a browser does', async () => {
    const cookie = company.owner.client.sessionCookie ?? '';
    const browser = openDocument(t.url, report.collabDocument, { cookie });
    open.push(browser);
    appendParagraph(browser.doc, sectionId, 'typed in a browser');
    await browser.acknowledged();
    expect(paragraphsOf(await storedDocument(), sectionId)).toEqual(['typed in a browser']);
  });

  it('a VIEWER gets a read-only connection: sees edits, its own are dropped', async () => {
    const owner = await editor(company.owner);
    const viewer = await editor(company.withRole(MembershipRole.VIEWER));
    await Promise.all([owner.acknowledged(), viewer.acknowledged()]);
    expect(viewer.provider.authorizedScope).toBe('readonly');
    appendParagraph(owner.doc, sectionId, 'from the owner');
    await owner.acknowledged();
    await eventually(() => expect(paragraphsOf(viewer.doc, sectionId)).toEqual(['from the owner']));
    appendParagraph(viewer.doc, sectionId, 'from the viewer');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(paragraphsOf(owner.doc, sectionId)).toEqual(['from the owner']);
    expect(paragraphsOf(await storedDocument(), sectionId)).toEqual(['from the owner']);
  });

  it('an outsider is refused before any content is sent, with a token or without a credential', async () => {
    const owner = await editor(company.owner);
    appendParagraph(owner.doc, sectionId, 'confidential');
    await owner.acknowledged();
    const intruder = await editor(outsider);
    const anonymous = openDocument(t.url, report.collabDocument, {});
    open.push(anonymous);
    await eventually(() => {
      expect(intruder.authenticationFailures).toHaveLength(1);
      expect(anonymous.authenticationFailures).toHaveLength(1);
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(paragraphsOf(intruder.doc, sectionId)).toEqual([]);
    expect(paragraphsOf(anonymous.doc, sectionId)).toEqual([]);
  });

  it('refuses another spelling of the document name before any content (it would be a second live copy)', async () => {
    const owner = await editor(company.owner);
    appendParagraph(owner.doc, sectionId, 'only in the canonical document');
    await owner.acknowledged();
    const upperCase = `review-report.${report.id.toUpperCase()}`;
    const other = openDocument(t.url, upperCase, { token: await tokenOf(company.owner) });
    open.push(other);
    await eventually(() => expect(other.authenticationFailures).toHaveLength(1));
    expect(paragraphsOf(other.doc, sectionId)).toEqual([]);
  });

  it('presence shows the account the server authenticated, whatever name and colour a client claims', async () => {
    const member = company.withRole(MembershipRole.MEMBER);
    const viewer = company.withRole(MembershipRole.VIEWER);
    const watcher = await editor(company.owner);
    const spoofers = [await editor(member), await editor(viewer)];
    await Promise.all([watcher, ...spoofers].map((client) => client.acknowledged()));
    const seen: unknown[] = [];
    watcher.provider.awareness?.on('change', () => {
      for (const spoofer of spoofers)
        seen.push(watcher.provider.awareness?.getStates().get(spoofer.doc.clientID));
    });
    for (const spoofer of spoofers) {
      spoofer.provider.setAwarenessField('user', {
        id: company.owner.userId,
        name: 'The Electoral Commission',
        color: '#000000',
      });
      spoofer.provider.setAwarenessField('section', sectionId);
    }
    await eventually(() => {
      const states = watcher.provider.awareness?.getStates();
      for (const [spoofer, person] of [
        [spoofers[0], member],
        [spoofers[1], viewer],
      ] as const) {
        expect(states?.get(spoofer?.doc.clientID ?? 0)).toEqual({
          user: { id: person.userId, name: person.displayName, color: presenceColour(person.userId) },
          section: sectionId,
        });
      }
    });
    expect(JSON.stringify(seen)).not.toContain('The Electoral Commission');
  });

  it('offline edits merge on reconnect', async () => {
    const online = await editor(company.owner);
    const member = company.withRole(MembershipRole.MEMBER);
    const travelling = openDocument(t.url, report.collabDocument, { token: await tokenOf(member) });
    open.push(travelling);
    await Promise.all([online.acknowledged(), travelling.acknowledged()]);
    travelling.socket.disconnect();
    appendParagraph(travelling.doc, sectionId, 'written on the plane');
    appendParagraph(online.doc, sectionId, 'written at the office');
    await online.acknowledged();
    await travelling.socket.connect();
    await travelling.acknowledged();
    await eventually(() => {
      expect(paragraphsOf(online.doc, sectionId).sort()).toEqual([
        'written at the office',
        'written on the plane',
      ]);
      expect(paragraphsOf(travelling.doc, sectionId).sort()).toEqual([
        'written at the office',
        'written on the plane',
      ]);
    });
  });

  it('a 10 MB update is refused and not stored; the socket stays usable', async () => {
    const token = await tokenOf(company.owner);
    const socket = collabSocket(t.url, { token });
    open.push(socket);
    const heavy = openDocument(t.url, report.collabDocument, { token }, { socket });
    open.push(heavy);
    await heavy.acknowledged();
    heavy.doc.getText('blob').insert(0, 'x'.repeat(10 * 1024 * 1024));
    await eventually(() => expect(heavy.closeReasons).toContain('Update too large'));
    expect((await storedDocument()).getText('blob').length).toBe(0);
    heavy.provider.destroy();
    // The same WebSocket serves a fresh provider for the same document.
    const fresh = openDocument(t.url, report.collabDocument, { token }, { socket });
    open.push(fresh);
    appendParagraph(fresh.doc, sectionId, 'after the refusal');
    await fresh.acknowledged();
    const stored = await storedDocument();
    expect(paragraphsOf(stored, sectionId)).toEqual(['after the refusal']);
    expect(stored.getText('blob').length).toBe(0);
    expect(fresh.doc.getText('blob').length).toBe(0);
  });

  it('a member removed from the co-author organisation is disconnected within 5 seconds', async () => {
    const admin = company.withRole(MembershipRole.ADMIN);
    const person = await signUpPerson(t);
    const membership = await addMember(
      t,
      company.organization.id,
      company.owner.client,
      MembershipRole.MEMBER,
      person,
    );
    const client = await editor(person);
    await client.acknowledged();
    const removedAt = Date.now();
    await admin.client.ok(`mutation ($membershipId: ID!) { removeMember(membershipId: $membershipId) }`, {
      membershipId: membership.membershipId,
    });
    await eventually(() => expect(client.closeReasons).toContain('Access changed'), 5000);
    expect(Date.now() - removedAt).toBeLessThan(5000);
    appendParagraph(client.doc, sectionId, 'after removal');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(paragraphsOf(await storedDocument(), sectionId)).toEqual([]);
  });

  it('without any access event, the periodic re-check closes exactly the connections whose access went or changed', async () => {
    const [removed, demoted, signedOut] = await Promise.all([
      signUpPerson(t),
      signUpPerson(t),
      signUpPerson(t),
    ]);
    const memberships = new Map<Person, string>();
    for (const person of [removed, demoted, signedOut]) {
      const member = await addMember(
        t,
        company.organization.id,
        company.owner.client,
        MembershipRole.MEMBER,
        person,
      );
      memberships.set(person, member.membershipId);
    }
    const unaffected = await editor(company.withRole(MembershipRole.MEMBER));
    const clients = new Map<Person, CollabClient>();
    for (const person of [removed, demoted, signedOut]) clients.set(person, await editor(person));
    await Promise.all([unaffected, ...clients.values()].map((client) => client.acknowledged()));
    // Straight into the database: no access event is published, only the periodic re-check can see it.
    await t.db.query(`DELETE FROM memberships WHERE id = $1`, [memberships.get(removed)]);
    await t.db.query(`UPDATE memberships SET role = 'VIEWER' WHERE id = $1`, [memberships.get(demoted)]);
    await t.db.query(`UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1`, [signedOut.userId]);
    const changedAt = Date.now();
    for (const client of clients.values())
      await eventually(() => expect(client.closeReasons).toContain('Access changed'), 5000);
    expect(Date.now() - changedAt).toBeLessThan(5000);
    expect(unaffected.closeReasons).toEqual([]);
    appendParagraph(unaffected.doc, sectionId, 'still editing');
    await unaffected.acknowledged();
    expect(paragraphsOf(await storedDocument(), sectionId)).toEqual(['still editing']);
  });

  it('ReviewSection.markdown reflects an acknowledged edit within 2 seconds', async () => {
    const owner = await editor(company.owner);
    await owner.acknowledged();
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', '2');
    heading.insert(0, [new Y.XmlText('Turnout')]);
    owner.doc.getXmlFragment(sectionId).push([heading]);
    appendParagraph(owner.doc, sectionId, 'Polls opened late');
    const editedAt = Date.now();
    await owner.acknowledged();
    await eventually(async () => {
      const data = await company.owner.client.ok<{
        reviewReport: { sections: { id: string; markdown: string }[] };
      }>(`query ($id: ID!) { reviewReport(id: $id) { sections { id markdown } } }`, { id: report.id });
      expect(data.reviewReport.sections.find((section) => section.id === sectionId)?.markdown).toBe(
        '## Turnout\n\nPolls opened late',
      );
    }, 2000);
    expect(Date.now() - editedAt).toBeLessThan(2000);
  });
});
