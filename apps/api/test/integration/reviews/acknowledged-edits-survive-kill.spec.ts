import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReviewReportFactory } from '../../factories/review.factory.js';
import { OrganizationFactory } from '../../factories/organization.factory.js';
import { AccountFactory } from '../../factories/account.factory.js';
import { createTestDatabase } from '../../support/test-database.js';
import { TestClient } from '../../support/test-client.js';
import { ApiProcess, requireBuiltApi } from '../platform/api-process.js';
import { createApiToken } from '../platform/api-token.js';
import {
  appendParagraph,
  eventually,
  openDocument,
  paragraphsOf,
  type CollabClient,
} from './support/collab-client.js';

/**
 * "Nothing acknowledged is ever lost": edits the server acknowledged (the provider has no unsynced
 * changes) survive `kill -9` of the API process, because each was committed before its ack.
 */
describe('acknowledged edits survive kill -9 of the API process', () => {
  const running: ApiProcess[] = [];
  const clients: CollabClient[] = [];
  let database: { url: string; drop(): Promise<void> };
  let dataDir: string;
  const sessionSecret = randomBytes(32).toString('hex');

  const start = async (): Promise<{ api: ApiProcess; url: string }> => {
    const api = ApiProcess.spawn({
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      SESSION_SECRET: sessionSecret,
    });
    running.push(api);
    return { api, url: await api.listening() };
  };

  beforeAll(async () => {
    requireBuiltApi();
    database = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'ecw-collab-kill-'));
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    for (const api of running) await api.kill();
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('every acknowledged paragraph is there after a restart', async () => {
    const first = await start();
    const browser = new TestClient(first.url);
    await AccountFactory.create().signUp(browser);
    const organization = await OrganizationFactory.create().createBy(browser);
    const report = await ReviewReportFactory.for(organization.id).createBy(browser);
    const sectionId = report.sections[0]?.id ?? '';
    const token = await createApiToken(browser);

    const writer = openDocument(first.url, report.collabDocument, { token });
    clients.push(writer);
    await writer.acknowledged();
    const written: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      appendParagraph(writer.doc, sectionId, `line ${i}`);
      written.push(`line ${i}`);
    }
    await writer.acknowledged();
    first.api.signal('SIGKILL');
    expect((await first.api.exit(10_000)).signal).toBe('SIGKILL');
    writer.destroy();

    const second = await start();
    const reader = openDocument(second.url, report.collabDocument, { token });
    clients.push(reader);
    await reader.acknowledged();
    await eventually(() => expect(paragraphsOf(reader.doc, sectionId)).toEqual(written));
  });
});
