import { randomBytes } from 'node:crypto';
import { startTestRedis, type TestRedis } from '../../support/redis-server.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { type WsTestClient } from '../../support/ws-client.js';
import { removeWhileSubscribed } from './support/removed-member-stops-receiving.js';

/**
 * Two API instances on one database and one Redis: a member removed through instance A stops
 * receiving the organisation's events on a subscription held by A itself or by B.
 */
describe('organizationMembersChanged follows access, on every instance', () => {
  let redis: TestRedis;
  let a: TestApi;
  let b: TestApi;
  const sockets: WsTestClient[] = [];

  beforeAll(async () => {
    redis = await startTestRedis();
    const shared = { REDIS_URL: redis.url, SESSION_SECRET: randomBytes(32).toString('hex') };
    a = await startTestApi(shared);
    b = await startTestApi(shared, { url: a.databaseUrl });
  });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((socket) => socket.close()));
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await redis?.stop();
  });

  it('on the instance that made the change', async () => {
    const { end, keptReceived } = await removeWhileSubscribed(a, a, sockets);
    expect(end).toEqual({ kind: 'completed' });
    expect(keptReceived).toEqual({ organizationMembersChanged: expect.any(String) });
  });

  it('on another instance', async () => {
    const { end, keptReceived } = await removeWhileSubscribed(a, b, sockets);
    expect(end).toEqual({ kind: 'completed' });
    expect(keptReceived).toEqual({ organizationMembersChanged: expect.any(String) });
  });
});
