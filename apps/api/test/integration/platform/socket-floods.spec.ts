import { signUpPerson } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes } from '../../support/test-client.js';
import { openWsClient, type WsTestClient } from '../../support/ws-client.js';

const ADDED = `subscription { notificationAdded { id } }`;

/** One client must not hold unbounded subscriptions, or idle connections without signing in. */
describe('WebSocket floods', () => {
  let t: TestApi;
  const sockets: WsTestClient[] = [];
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.close()));
    await t.close();
  });

  it('refuses the 101st operation held open on one socket', async () => {
    const person = await signUpPerson(t);
    const socket = openWsClient(t.url, { cookie: person.client.sessionCookie });
    sockets.push(socket);
    await socket.connected;
    const held = Array.from({ length: 100 }, () => socket.subscribe(ADDED));
    await held[99]?.nothingWithin(300);
    const refused = await socket.subscribe(ADDED).ended;
    expect(refused.kind).toBe('error');
    expect(refused.kind === 'error' && errorCodes(refused.error as never)).toEqual(['RATE_LIMITED']);
  });

  it('caps sockets without a credential at 50 per address', async () => {
    const anonymous = Array.from({ length: 50 }, () => openWsClient(t.url));
    sockets.push(...anonymous);
    await Promise.all(anonymous.map((socket) => socket.connected));
    const oneMore = openWsClient(t.url);
    sockets.push(oneMore);
    expect((await oneMore.closed).code).toBe(4403);
    await Promise.all(anonymous.map((socket) => socket.close()));
  });

  it('closes a socket without a credential after 10 seconds', async () => {
    const anonymous = openWsClient(t.url);
    sockets.push(anonymous);
    await anonymous.connected;
    const closed = await Promise.race([
      anonymous.closed,
      new Promise((resolve) => setTimeout(() => resolve('still open'), 12_000)),
    ]);
    expect(closed).toEqual({ code: 4401, reason: expect.any(String) });
  }, 20_000);
});
