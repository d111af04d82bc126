import WebSocket from 'ws';
import { SHEDS_PER_ADDRESS } from '../../../src/core/graphql/shed-addresses.js';
import { NotificationFactory } from '../../factories/notification.factory.js';
import { signUpPerson, type Person } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { openWsClient, type WsTestClient } from '../../support/ws-client.js';

const ADDED = `subscription { notificationAdded { id } }`;

/** How an upgrade from `localAddress` ended: the socket opened, or the HTTP status it was refused with. */
type Opened = { opened: WebSocket } | { refusedWith: number };

function openRaw(url: string, person: Person, localAddress = '127.0.0.1'): Promise<Opened> {
  const socket = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
    headers: { cookie: person.client.sessionCookie ?? '', origin: url },
    localAddress,
  });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ opened: socket }));
    socket.once('unexpected-response', (_request, response) => {
      resolve({ refusedWith: response.statusCode ?? 0 });
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

/** Opens a socket and sends a frame over 1 MB: `ws` closes it with 1009 (a shed, counted against the address). */
async function shedOnce(url: string, person: Person): Promise<number> {
  const result = await openRaw(url, person);
  if (!('opened' in result)) throw new Error(`refused with ${result.refusedWith} before the budget ran out`);
  const socket = result.opened;
  socket.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => socket.once('close', resolve));
  socket.send(JSON.stringify({ type: 'ping', payload: { filler: 'x'.repeat(1024 * 1024 + 1) } }));
  return closed;
}

/** An address whose sockets keep being shed is refused new ones before any work; nobody else is. */
describe('WebSocket floods from one address', () => {
  let t: TestApi;
  let listening: WsTestClient;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => {
    await listening?.close();
    await t.close();
  });

  it(`refuses new sockets from an address after ${SHEDS_PER_ADDRESS + 1} abusive ones, keeping its open sockets and other addresses`, async () => {
    const listener = await signUpPerson(t);
    listening = openWsClient(t.url, { cookie: listener.client.sessionCookie });
    await listening.connected;
    const added = listening.subscribe<{ notificationAdded: { id: string } }>(ADDED);
    const warmUp = await NotificationFactory.for(listener.userId).notify(t);
    await added.next({ poke: warmUp.announce });
    await added.nothingWithin(150);
    added.drain();

    const abuser = await signUpPerson(t);
    for (let shed = 0; shed <= SHEDS_PER_ADDRESS; shed += 1) expect(await shedOnce(t.url, abuser)).toBe(1009);

    expect(await openRaw(t.url, abuser)).toEqual({ refusedWith: 429 });
    // The well-behaved account at that address is refused new sockets too (it cannot be told apart
    // before its credential is read), but the socket it has open keeps receiving.
    expect(await openRaw(t.url, listener)).toEqual({ refusedWith: 429 });
    const { id } = await NotificationFactory.for(listener.userId).notify(t);
    expect((await added.next()).data?.notificationAdded.id).toBe(id);

    const elsewhere = await openRaw(t.url, listener, '127.0.0.2');
    expect('opened' in elsewhere).toBe(true);
    if ('opened' in elsewhere) elsewhere.opened.terminate();
  });

  it('does not count a socket closed normally against its address', async () => {
    const person = await signUpPerson(t);
    for (let n = 0; n <= SHEDS_PER_ADDRESS; n += 1) {
      const result = await openRaw(t.url, person, '127.0.0.3');
      if (!('opened' in result)) throw new Error(`refused with ${result.refusedWith}`);
      const closed = new Promise((resolve) => result.opened.once('close', resolve));
      result.opened.close(1000);
      await closed;
    }
    const again = await openRaw(t.url, person, '127.0.0.3');
    expect('opened' in again).toBe(true);
    if ('opened' in again) again.opened.terminate();
  });
});
