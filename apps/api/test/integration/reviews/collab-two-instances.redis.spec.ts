import { randomBytes } from 'node:crypto';
import { MembershipRole, presenceColour } from '@ecw/domain';
import { ReviewReportFactory } from '../../factories/review.factory.js';
import { organizationWithMembers, signUpPerson, type Person } from '../../factories/organization.factory.js';
import { startTestRedis, type TestRedis } from '../../support/redis-server.js';
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

describe('co-editing across two API instances sharing one Redis', () => {
  let redis: TestRedis;
  let a: TestApi;
  let b: TestApi;
  const open: CollabClient[] = [];

  beforeAll(async () => {
    redis = await startTestRedis();
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

  it('two providers, one on each instance, see each other’s edits and presence', async () => {
    await signUpPerson(a); // the platform admin
    const company = await organizationWithMembers(a, [MembershipRole.MEMBER]);
    const report = await ReviewReportFactory.for(company.organization.id).createBy(company.owner.client);
    const sectionId = report.sections[0]?.id ?? '';
    const [amina, bruno] = [company.owner, company.withRole(MembershipRole.MEMBER)];
    const onA = openDocument(a.url, report.collabDocument, { token: await createApiToken(amina.client) });
    const onB = openDocument(b.url, report.collabDocument, { token: await createApiToken(bruno.client) });
    open.push(onA, onB);
    await Promise.all([onA.acknowledged(), onB.acknowledged()]);

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
});
