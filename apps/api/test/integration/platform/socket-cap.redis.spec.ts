import { randomBytes } from 'node:crypto';
import { signUpPerson, type Person } from '../../factories/organization.factory.js';
import { startTestRedis, type TestRedis } from '../../support/redis-server.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { openWsClient, type WsTestClient } from '../../support/ws-client.js';

/** Sockets per account on all instances together (MAX_SOCKETS_PER_ACCOUNT). */
const CAP = 2;

describe('the per-account socket cap holds across instances (REDIS_URL)', () => {
  let redis: TestRedis;
  let a: TestApi;
  let b: TestApi;
  let person: Person;
  const sockets: WsTestClient[] = [];

  beforeAll(async () => {
    redis = await startTestRedis();
    const shared = {
      SESSION_SECRET: randomBytes(32).toString('hex'),
      REDIS_URL: redis.url,
      MAX_SOCKETS_PER_ACCOUNT: String(CAP),
    };
    a = await startTestApi(shared);
    b = await startTestApi(shared, { url: a.databaseUrl });
    person = await signUpPerson(a);
  });
  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.close()));
    await b?.close();
    await a?.close();
    await redis?.stop();
  });

  function open(t: TestApi): WsTestClient {
    const socket = openWsClient(t.url, { cookie: person.client.sessionCookie });
    sockets.push(socket);
    return socket;
  }

  it('refuses a third socket on A when A and B hold one each, and frees the slot when one closes', async () => {
    const onA = open(a);
    const onB = open(b);
    await Promise.all([onA.connected, onB.connected]);

    const third = open(a);
    expect((await third.closed).code).toBe(4403);
    const fourth = open(b);
    expect((await fourth.closed).code).toBe(4403);

    await onB.close();
    // The slot is released asynchronously: poll until a new socket on A is admitted.
    for (const deadline = Date.now() + 5_000; ;) {
      const retry = open(a);
      const admitted = await retry.connected.then(
        () => true,
        () => false,
      );
      if (admitted) break;
      if (Date.now() > deadline) throw new Error('the closed socket’s slot was never released');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
});
