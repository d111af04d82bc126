import { randomBytes } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';
import { MembershipRole, presenceColour } from '@ecw/domain';
import { ReviewReportFactory } from '../../factories/review.factory.js';
import { organizationWithMembers, signUpPerson, type Person } from '../../factories/organization.factory.js';
import { startOwnTestRedis, type OwnTestRedis } from '../../support/redis-server.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { createApiToken } from '../platform/api-token.js';
import {
  appendParagraph,
  eventually,
  openDocument,
  paragraphsOf,
  type CollabClient,
} from './support/collab-client.js';

/** Names in the awareness state of a provider's document, as the editor shows them. */
function presentNames(client: CollabClient): string[] {
  return [...(client.provider.awareness?.getStates().values() ?? [])]
    .map((state) => (state['user'] as { name?: string } | undefined)?.name)
    .filter((name): name is string => typeof name === 'string')
    .sort();
}

/** Its own Redis (a shared one is never stopped): the last test stops it and starts it again. */
describe('co-editing across two API instances sharing one Redis', () => {
  let redis: OwnTestRedis;
  let a: TestApi;
  let b: TestApi;
  const open: CollabClient[] = [];

  beforeAll(async () => {
    redis = await startOwnTestRedis();
    const shared = { SESSION_SECRET: randomBytes(32).toString('hex'), REDIS_URL: redis.url };
    a = await startTestApi(shared);
    b = await startTestApi(shared, { url: a.databaseUrl });
  });
  afterAll(async () => {
    for (const client of open.splice(0)) client.destroy();
    await b?.close();
    await a?.close();
    await redis?.stop();
  });

  /** A report of a company, its owner editing through instance A and a member through B, both synced. */
  async function editorsOnBothInstances() {
    if (open.length === 0) await signUpPerson(a); // the platform admin, once
    const company = await organizationWithMembers(a, [MembershipRole.MEMBER]);
    const report = await ReviewReportFactory.for(company.organization.id).createBy(company.owner.client);
    const [amina, bruno] = [company.owner, company.withRole(MembershipRole.MEMBER)];
    const onA = openDocument(a.url, report.collabDocument, { token: await createApiToken(amina.client) });
    const onB = openDocument(b.url, report.collabDocument, { token: await createApiToken(bruno.client) });
    open.push(onA, onB);
    await Promise.all([onA.acknowledged(), onB.acknowledged()]);
    return { sectionId: report.sections[0]?.id ?? '', amina, bruno, onA, onB };
  }

  it('two providers, one on each instance, see each other’s edits and presence', async () => {
    const { sectionId, amina, bruno, onA, onB } = await editorsOnBothInstances();

    // As the web editor announces itself (the server would stamp exactly this anyway).
    const announce = (client: CollabClient, person: Person) =>
      client.provider.setAwarenessField('user', {
        id: person.userId,
        name: person.displayName,
        color: presenceColour(person.userId),
      });
    announce(onA, amina);
    announce(onB, bruno);
    appendParagraph(onA.doc, sectionId, 'Written on instance A.');
    appendParagraph(onB.doc, sectionId, 'Written on instance B.');
    await Promise.all([onA.acknowledged(), onB.acknowledged()]);

    const both = ['Written on instance A.', 'Written on instance B.'];
    await eventually(() => expect([...paragraphsOf(onA.doc, sectionId)].sort()).toEqual(both));
    await eventually(() => expect([...paragraphsOf(onB.doc, sectionId)].sort()).toEqual(both));
    expect(paragraphsOf(onA.doc, sectionId)).toEqual(paragraphsOf(onB.doc, sectionId));
    const names = [amina.displayName, bruno.displayName].sort();
    await eventually(() => expect(presentNames(onA)).toEqual(names));
    await eventually(() => expect(presentNames(onB)).toEqual(names));
  });

  it('edits made on each instance during the outage reach the editors of the other once it is over', async () => {
    const { sectionId, onA, onB } = await editorsOnBothInstances();

    await redis.stop();
    // Each instance stores and acknowledges its editor's edit; neither can tell the other.
    appendParagraph(onA.doc, sectionId, 'Written on A during the outage.');
    appendParagraph(onB.doc, sectionId, 'Written on B during the outage.');
    await Promise.all([onA.acknowledged(), onB.acknowledged()]);
    // Long enough for ioredis to back off between attempts, so the instances reconnect apart.
    await setTimeout(3_000);
    await redis.start();

    const both = ['Written on A during the outage.', 'Written on B during the outage.'];
    await eventually(() => expect([...paragraphsOf(onA.doc, sectionId)].sort()).toEqual(both), 15_000);
    await eventually(() => expect([...paragraphsOf(onB.doc, sectionId)].sort()).toEqual(both), 15_000);
    // And what is written afterwards crosses as before.
    appendParagraph(onB.doc, sectionId, 'Written on B after the outage.');
    await eventually(() =>
      expect(paragraphsOf(onA.doc, sectionId)).toContain('Written on B after the outage.'),
    );
  });
});
