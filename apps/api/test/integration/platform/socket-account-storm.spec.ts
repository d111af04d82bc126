import WebSocket from 'ws';
import { SessionService } from '../../../src/accounts/sessions/session.service.js';
import { NotificationFactory } from '../../factories/notification.factory.js';
import { signUpPerson, type Person } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';

const ADDED = `subscription { notificationAdded { id } }`;
/**
 * Tabs of one account opening together, as after a server restart: more than the 50 sockets one
 * address may hold without a credential (these all carry one), and more than the account's first
 * socket's 200-message burst can pay for (120 × 3 subscribes) unless each socket brings its share.
 */
const TABS = 120;
const SUBSCRIPTIONS_PER_TAB = 4;

interface Tab {
  socket: WebSocket;
  /** Resolves once the upgrade is done (connection_init is up to the test: `init`). */
  opened: Promise<void>;
  init(): void;
  /** Resolves once the server acknowledged connection_init. */
  acknowledged: Promise<void>;
  /** Resolves once a notification arrived on each of the tab's subscriptions. */
  delivered: Promise<void>;
  /** Resolves with the close code if the server closes the tab. */
  closed: Promise<number>;
}

/** A raw graphql-transport-ws socket that subscribes as soon as it is acknowledged, as a restored tab does. */
function openTab(url: string, person: Person): Tab {
  const socket = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
    headers: { cookie: person.client.sessionCookie ?? '', origin: url },
  });
  socket.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => socket.once('close', resolve));
  const waiting = new Set(Array.from({ length: SUBSCRIPTIONS_PER_TAB }, (_, n) => String(n)));
  let onAcknowledged!: () => void;
  let onDelivered!: () => void;
  const acknowledged = new Promise<void>((resolve) => (onAcknowledged = resolve));
  const delivered = new Promise<void>((resolve) => (onDelivered = resolve));
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string; id?: string };
    if (message.type === 'connection_ack') {
      onAcknowledged();
      for (const id of waiting)
        socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query: ADDED } }));
    }
    if (message.type === 'next' && message.id !== undefined && waiting.delete(message.id) && !waiting.size)
      onDelivered();
  });
  const opened = new Promise<void>((resolve) => socket.once('open', resolve));
  const init = () => socket.send(JSON.stringify({ type: 'connection_init' }));
  return { socket, opened, init, acknowledged, delivered, closed };
}

/** How an upgrade ended: the HTTP status of a refusal, or 101 once the socket opened (then closed again). */
function upgradeStatus(url: string, person: Person): Promise<number> {
  const socket = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
    headers: { cookie: person.client.sessionCookie ?? '', origin: url },
  });
  return new Promise((resolve, reject) => {
    socket.once('open', () => {
      socket.terminate();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => {
      socket.terminate();
      resolve(response.statusCode ?? 0);
    });
    socket.once('error', reject);
  });
}

/** Counts the session look-ups by cookie the API makes from now on (the real look-up still runs); `stop` returns the count. */
function countSessionLookups(t: TestApi): { stop(): number } {
  const sessions = t.api.app.get(SessionService);
  const lookUp = sessions.findLiveWithAccount;
  let count = 0;
  sessions.findLiveWithAccount = function (this: SessionService, secret: string) {
    count += 1;
    return lookUp.call(this, secret);
  };
  return {
    stop: () => {
      sessions.findLiveWithAccount = lookUp;
      return count;
    },
  };
}

/** Many sockets of one account opening at once are not a flood; one socket flooding on that account still is. */
describe('an account opening many sockets together', () => {
  let t: TestApi;
  const tabs: Tab[] = [];
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => {
    for (const tab of tabs) tab.socket.terminate();
    await t.close();
  });

  it(`keeps all ${TABS} tabs and their subscriptions, refuses nothing at the address, and still sheds a flooder of that account`, async () => {
    const person = await signUpPerson(t);
    tabs.push(...Array.from({ length: TABS }, () => openTab(t.url, person)));
    // Upgrades first, then every connection_init at once: the sockets join the account as fast as
    // the server authenticates them (faster than the budget's refill of ~1 message per second per socket).
    await Promise.all(tabs.map((tab) => tab.opened));
    const lookups = countSessionLookups(t);
    for (const tab of tabs) tab.init();

    // Every subscription of every tab gets the notification, unless a tab is closed first.
    const notification = await NotificationFactory.for(person.userId).notify(t);
    const poking = setInterval(() => void notification.announce(), 300);
    const firstClose = Promise.race(tabs.map((tab) => tab.closed.then((code) => `closed with ${code}`)));
    const outcome = await Promise.race([
      Promise.all(tabs.map((tab) => tab.delivered)).then(() => 'all delivered'),
      firstClose,
    ]).finally(() => clearInterval(poking));
    expect(outcome).toBe('all delivered');
    // Tabs opening with one cookie at once share the look-up in flight instead of taking a database
    // connection each (one per tab without that: the pool then opens connections while events wait).
    expect(lookups.stop()).toBeLessThan(TABS / 2);

    expect(await upgradeStatus(t.url, person)).toBe(101);

    const flooder = openTab(t.url, person);
    tabs.push(flooder);
    await flooder.opened;
    flooder.init();
    await flooder.acknowledged;
    // Operations that end at once, so the 100-at-once cap is never what stops it: only the rate.
    for (let n = 0; n < 5_000 && flooder.socket.readyState === WebSocket.OPEN; n += 1) {
      flooder.socket.send(
        JSON.stringify({ id: `flood-${n}`, type: 'subscribe', payload: { query: '{ __typename }' } }),
      );
      if (n % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await flooder.closed).toBe(1008);
    // The tabs that behaved are still open.
    expect(tabs.slice(0, TABS).filter((tab) => tab.socket.readyState !== WebSocket.OPEN)).toHaveLength(0);
  }, 60_000);
});
