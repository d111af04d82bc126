import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccountFactory } from '../../factories/account.factory.js';
import { OrganizationFactory } from '../../factories/organization.factory.js';
import { TestClient } from '../../support/test-client.js';
import {
  ApiProcess,
  delay,
  isRunning,
  postgresProcessesOf,
  postmasterPid,
  requireBuiltApi,
} from './api-process.js';

/** Each case starts the built API (2–4 s on 2 idle cores; far more on a busy machine). */
const SLOW = 120_000;

const ORGANIZATION = `query ($id: ID!) { organization(id: $id) { name } }`;

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await delay(100)) {
    if (await condition()) return;
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

const readyz = async (url: string) => (await fetch(`${url}/readyz`)).status;

describe('the embedded PostgreSQL killed under the API', () => {
  const running: ApiProcess[] = [];
  const folders: string[] = [];

  beforeAll(() => requireBuiltApi());
  afterAll(async () => {
    await Promise.all(running.map((api) => api.kill()));
    for (const folder of folders)
      for (const pid of await postgresProcessesOf(folder)) process.kill(pid, 'SIGKILL');
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  async function startApi(): Promise<{ api: ApiProcess; url: string; dataDir: string }> {
    const dataDir = await mkdtemp(join(tmpdir(), 'ecw-supervision-'));
    folders.push(dataDir);
    const api = ApiProcess.spawn({ DATA_DIR: dataDir });
    running.push(api);
    return { api, url: await api.listening(), dataDir };
  }

  it(
    'is restarted by the API, which says why, becomes ready again and keeps every committed write',
    async () => {
      const { api, url, dataDir } = await startApi();
      const browser = new TestClient(url);
      await AccountFactory.create().signUp(browser);
      const organization = await OrganizationFactory.create().createBy(browser);

      const killed = await postmasterPid(dataDir);
      expect(killed).not.toBeNull();
      process.kill(killed ?? 0, 'SIGKILL');

      await waitFor(
        async () => (await postmasterPid(dataDir)) !== killed && (await readyz(url)) === 200,
        60_000,
      );
      const restarted = await postmasterPid(dataDir);
      expect(restarted).not.toBe(killed);
      expect(await isRunning(restarted ?? 0)).toBe(true);
      expect(await isRunning(api.pid)).toBe(true);
      expect(api.stdout).toContain('embedded PostgreSQL exited unexpectedly');
      expect(api.stdout).toContain('embedded PostgreSQL restarted');

      // The same session, the same data: the write committed before the kill is there.
      const stored = await browser.ok<{ organization: { name: string } }>(ORGANIZATION, {
        id: organization.id,
      });
      expect(stored.organization.name).toBe(organization.name);
      await OrganizationFactory.create().createBy(browser);
    },
    SLOW,
  );

  it(
    'makes the API exit non-zero when it cannot be restarted, instead of staying up and broken',
    async () => {
      const { api, dataDir } = await startApi();
      const killed = await postmasterPid(dataDir);
      // Without its control file the server cannot start again.
      await rename(join(dataDir, 'postgres', 'global', 'pg_control'), join(dataDir, 'pg_control.moved'));
      process.kill(killed ?? 0, 'SIGKILL');

      expect(await api.exit(60_000)).toEqual({ code: 1, signal: null });
      expect(api.stdout).toContain('did not restart after 5 attempts');
      expect(await postgresProcessesOf(dataDir)).toEqual([]);
    },
    SLOW,
  );
});
