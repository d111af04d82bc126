import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, DEMO_PEOPLE } from '../../../src/cli/seed-data.js';
import { AccountFactory, type SignUpFields } from '../../factories/account.factory.js';
import { TestClient } from '../../support/test-client.js';
import { ApiProcess, postgresProcessesOf, postmasterPid, requireBuiltApi } from '../platform/api-process.js';
import { CLI_TEST_TIMEOUT_MS, runAdminCli, runBuiltCli } from './support/run-cli.js';

const ME = `{ me { email isPlatformAdmin } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`;

/**
 * A newcomer's order of things: `npm start` on the embedded database, then `npm run seed` and
 * `npm run admin` in another terminal while it runs. The tools use the app's PostgreSQL server.
 */
describe('npm run seed and npm run admin while the app runs on the embedded database', () => {
  let dataDir: string;
  let app: ApiProcess;
  let url: string;
  let serverPid: number | null;
  let browser: TestClient;
  let account: SignUpFields & { userId: string };

  beforeAll(async () => {
    requireBuiltApi();
    dataDir = await mkdtemp(join(tmpdir(), 'ecw-cli-shared-'));
    app = ApiProcess.spawn({ DATA_DIR: dataDir });
    url = await app.listening();
    serverPid = await postmasterPid(dataDir);
    browser = new TestClient(url);
    await AccountFactory.create().signUp(new TestClient(url)); // the first account (admin by that rule)
    account = await AccountFactory.create().signUp(browser);
  }, CLI_TEST_TIMEOUT_MS);
  afterAll(async () => {
    await app?.kill();
    for (const pid of await postgresProcessesOf(dataDir)) process.kill(pid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('the app records how to reach its server in DATA_DIR, readable by its owner only', async () => {
    const file = join(dataDir, 'postgres-server.json');
    expect((await stat(file)).mode & 0o077).toBe(0);
    const record = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    const loggedPort = /embedded PostgreSQL ready on 127\.0\.0\.1:(\d+)/.exec(app.stdout)?.[1];
    expect(record).toMatchObject({
      pid: serverPid,
      host: '127.0.0.1',
      port: Number(loggedPort),
      user: 'postgres',
    });
  });

  it(
    'npm run admin grants through the running server, and the app sees it at once',
    async () => {
      const granted = await runAdminCli(['grant', account.email], { DATA_DIR: dataDir });
      expect(granted).toMatchObject({
        code: 0,
        stdout: `Granted platform administration to ${account.email}.\n`,
      });
      expect((await browser.ok<{ me: { isPlatformAdmin: boolean } }>(ME)).me.isPlatformAdmin).toBe(true);

      const revoked = await runAdminCli(['revoke', account.email], { DATA_DIR: dataDir });
      expect(revoked.code).toBe(0);
      // No Redis here: the tool says open sockets of the running app keep the right until they reconnect.
      expect(revoked.stdout).toContain('live connections this account has open keep admin rights');
      expect((await browser.ok<{ me: { isPlatformAdmin: boolean } }>(ME)).me.isPlatformAdmin).toBe(false);

      expect(await postmasterPid(dataDir)).toBe(serverPid); // the app's server, not a second one
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
    },
    CLI_TEST_TIMEOUT_MS,
  );

  it(
    'npm run seed fills the running app, whose demo sign-ins then work',
    async () => {
      const seeded = await runBuiltCli('seed', [], {
        DATA_DIR: dataDir,
        // The seed's own passwords may be cheap here: this test is about the shared server.
        NODE_ENV: 'test',
        PASSWORD_HASH_COST: 'test-minimum',
      });
      expect(seeded.stderr).toBe('');
      expect(seeded).toMatchObject({ code: 0 });
      expect(seeded.stdout).toContain('Demo data is ready');

      const demo = DEMO_PEOPLE[1];
      const data = await new TestClient(url).ok<{ signIn: { me: { email: string } } }>(SIGN_IN, {
        input: { email: demo?.email, password: DEMO_PASSWORD },
      });
      expect(data.signIn.me.email).toBe(demo?.email);
      expect(await postmasterPid(dataDir)).toBe(serverPid);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
    },
    CLI_TEST_TIMEOUT_MS,
  );

  it(
    'once the app has stopped, npm run admin starts a server of its own and stops it again',
    async () => {
      app.signal('SIGTERM');
      expect(await app.exit(30_000)).toEqual({ code: 0, signal: null });
      await expect(stat(join(dataDir, 'postgres-server.json'))).rejects.toMatchObject({ code: 'ENOENT' });

      const granted = await runAdminCli(['grant', account.email], { DATA_DIR: dataDir });
      expect(granted).toMatchObject({
        code: 0,
        stdout: `Granted platform administration to ${account.email}.\n`,
      });
      expect(await postgresProcessesOf(dataDir)).toEqual([]);
    },
    CLI_TEST_TIMEOUT_MS,
  );
});
