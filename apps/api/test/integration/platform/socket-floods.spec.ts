import { WebSocket } from 'ws';
import { signUpPerson } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes } from '../../support/test-client.js';
import { openWsClient, type WsTestClient } from '../../support/ws-client.js';

const ADDED = `subscription { notificationAdded { id } }`;

/** A raw graphql-ws socket, acknowledged, signed in with `cookie`: to send messages as fast as a script can. */
async function rawSocket(url: string, cookie: string | null): Promise<WebSocket> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
    headers: { origin: url, ...(cookie ? { cookie } : {}) },
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const acknowledged = new Promise((resolve) => socket.once('message', resolve));
  socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
  await acknowledged;
  return socket;
}

function closeOf(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (code: number) => resolve(code)));
}

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

  it('closes a socket that sends more than 200 messages a second (1008), and keeps one under it', async () => {
    const person = await signUpPerson(t);
    const calm = await rawSocket(t.url, person.client.sessionCookie);
    const pongs = new Promise<void>((resolve) => {
      let count = 0;
      calm.on('message', () => (count += 1) === 150 && resolve());
    });
    for (let n = 0; n < 150; n++) calm.send(JSON.stringify({ type: 'ping' }));
    await pongs;
    expect(calm.readyState).toBe(WebSocket.OPEN);
    calm.close();

    const flood = await rawSocket(t.url, person.client.sessionCookie);
    const closed = closeOf(flood);
    for (let n = 0; n < 400 && flood.readyState === WebSocket.OPEN; n++) {
      flood.send(JSON.stringify({ type: 'ping' }));
    }
    expect(await closed).toBe(1008);
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
