import { randomBytes } from 'node:crypto';
import { AccountFactory } from '../../factories/account.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { type TestClient } from '../../support/test-client.js';
import { openWsClient, type SocketClosed, type WsTestClient } from '../../support/ws-client.js';
import { CLI_TEST_TIMEOUT_MS, runAdminCli } from './support/admin-cli.js';
import { startTestRedis, type TestRedis } from '../../support/redis-server.js';
import {
  CHANGE_PASSWORD,
  createToken,
  REVOKE_SESSION,
  REVOKE_TOKEN,
  SESSIONS,
  SIGN_OUT,
  signIn,
} from './support/operations.js';
import { present } from './support/present.js';

/** Sockets must close "within seconds". */
const CLOSE_WITHIN_MS = 3000;

/**
 * Two API instances on one database and one Redis: a credential revoked through one instance closes
 * the sockets opened with it on the other (close code 4401), and only those.
 */
describe('open sockets follow access, on every instance', () => {
  let redis: TestRedis;
  let a: TestApi;
  let b: TestApi;
  const open: WsTestClient[] = [];

  beforeAll(async () => {
    redis = await startTestRedis();
    // Instances of one deployment share the database, Redis and SESSION_SECRET.
    const shared = { REDIS_URL: redis.url, SESSION_SECRET: randomBytes(32).toString('hex') };
    a = await startTestApi(shared);
    b = await startTestApi(shared, { url: a.databaseUrl });
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((socket) => socket.close()));
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await redis?.stop();
  });

  /** A signed-up account with a browser on instance A, plus a second browser signed in on instance B. */
  async function accountWithTwoBrowsers() {
    const onA = a.client();
    const account = await AccountFactory.create().signUp(onA);
    const onB = b.client();
    await signIn(onB, { email: account.email, password: account.password });
    return { account, onA, onB };
  }

  async function socketOf(
    api: TestApi,
    credentials: { cookie?: string | null; bearer?: string },
  ): Promise<WsTestClient> {
    const socket = openWsClient(
      api.url,
      credentials.bearer ? { bearer: credentials.bearer, origin: null } : { cookie: credentials.cookie },
    );
    open.push(socket);
    const refused = socket.closed.then((closed) =>
      Promise.reject(new Error(`socket refused: ${JSON.stringify(closed)}`)),
    );
    await Promise.race([socket.connected, refused]);
    return socket;
  }

  function closedWithin(socket: WsTestClient, ms = CLOSE_WITHIN_MS): Promise<SocketClosed | 'still open'> {
    return Promise.race([
      socket.closed,
      new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), ms)),
    ]);
  }

  const sessionIdOf = async (client: TestClient) =>
    present(
      (await client.ok<{ sessions: { id: string; current: boolean }[] }>(SESSIONS)).sessions.find(
        (session) => session.current,
      ),
      'a current session',
    ).id;

  it('closes the sockets of a session signed out on the other instance, and no other socket', async () => {
    const { onA, onB } = await accountWithTwoBrowsers();
    const signedOutSocket = await socketOf(b, { cookie: onA.sessionCookie });
    const otherSessionSocket = await socketOf(b, { cookie: onB.sessionCookie });

    await onA.ok(SIGN_OUT);

    expect(await closedWithin(signedOutSocket)).toEqual({ code: 4401, reason: expect.any(String) });
    expect(await closedWithin(otherSessionSocket, 300)).toBe('still open');
  });

  it('closes the sockets of a session revoked from another browser', async () => {
    const { onA, onB } = await accountWithTwoBrowsers();
    const socketOnA = await socketOf(a, { cookie: onB.sessionCookie });
    const socketOnB = await socketOf(b, { cookie: onB.sessionCookie });
    const keptSocket = await socketOf(b, { cookie: onA.sessionCookie });

    await onA.ok(REVOKE_SESSION, { input: { id: await sessionIdOf(onB) } });

    expect(await closedWithin(socketOnA)).toMatchObject({ code: 4401 });
    expect(await closedWithin(socketOnB)).toMatchObject({ code: 4401 });
    expect(await closedWithin(keptSocket, 300)).toBe('still open');
  });

  it('closes the sockets of every other session when the password changes, keeping the current one', async () => {
    const { account, onA, onB } = await accountWithTwoBrowsers();
    const otherSession = await socketOf(b, { cookie: onB.sessionCookie });
    const currentSession = await socketOf(b, { cookie: onA.sessionCookie });

    await onA.ok(CHANGE_PASSWORD, {
      input: { currentPassword: account.password, newPassword: 'a new and long passphrase' },
    });

    expect(await closedWithin(otherSession)).toMatchObject({ code: 4401 });
    expect(await closedWithin(currentSession, 300)).toBe('still open');
  });

  it('closes the sockets of a revoked API token, and not those of the account’s other token', async () => {
    const { onA } = await accountWithTwoBrowsers();
    const revoked = await createToken(onA, 'revoked');
    const kept = await createToken(onA, 'kept');
    const revokedSocket = await socketOf(b, { bearer: revoked.secret });
    const keptSocket = await socketOf(b, { bearer: kept.secret });
    const browserSocket = await socketOf(b, { cookie: onA.sessionCookie });

    await onA.ok(REVOKE_TOKEN, { id: revoked.id });

    expect(await closedWithin(revokedSocket)).toMatchObject({ code: 4401 });
    expect(await closedWithin(keptSocket, 300)).toBe('still open');
    expect(await closedWithin(browserSocket, 1)).toBe('still open');
  });

  it('leaves other accounts’ sockets alone', async () => {
    const { onA } = await accountWithTwoBrowsers();
    const { onA: stranger } = await accountWithTwoBrowsers();
    const strangerSocket = await socketOf(b, { cookie: stranger.sessionCookie });
    await onA.ok(SIGN_OUT);
    expect(await closedWithin(strangerSocket, 500)).toBe('still open');
  });

  it(
    'closes every socket of an account whose platform administration is revoked from the command line',
    async () => {
      const { account, onA, onB } = await accountWithTwoBrowsers();
      const token = await createToken(onA);
      await a.db.query('UPDATE users SET is_platform_admin = true WHERE id = $1', [account.userId]);
      const sockets = [
        await socketOf(a, { cookie: onA.sessionCookie }),
        await socketOf(b, { cookie: onB.sessionCookie }),
        await socketOf(b, { bearer: token.secret }),
      ];

      const run = await runAdminCli(['revoke', account.email], {
        DATABASE_URL: a.databaseUrl,
        REDIS_URL: redis.url,
      });
      expect(run.code).toBe(0);

      // Each socket carries the viewer it was opened with (admin included): all must reconnect.
      for (const socket of sockets) expect(await closedWithin(socket)).toMatchObject({ code: 4401 });
    },
    CLI_TEST_TIMEOUT_MS,
  );
});
