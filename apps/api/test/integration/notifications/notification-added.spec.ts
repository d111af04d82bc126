import { AccountFactory } from '../../factories/account.factory.js';
import { NotificationFactory } from '../../factories/notification.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type TestClient } from '../../support/test-client.js';
import { openWsClient, type LiveSubscription, type WsTestClient } from '../../support/ws-client.js';

const ADDED = `subscription { notificationAdded { id kind message link createdAt readAt } }`;
/** Longer than the subscription's cached "still signed in" answer (2 s). */
const RECHECK_WINDOW_MS = 2_100;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Credential = 'session' | 'apiToken';

type Added = {
  notificationAdded: {
    id: string;
    kind: string;
    message: string;
    link: string | null;
    readAt: string | null;
  };
};

describe('notificationAdded: live delivery, authorised at delivery time', () => {
  let t: TestApi;
  const sockets: WsTestClient[] = [];
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((socket) => socket.close()));
  });
  afterAll(() => t.close());

  /**
   * A signed-in account with an open socket (by its browser's cookie, or by an API token) whose
   * subscription is known to be live: it received a first event.
   */
  async function liveSubscriber({
    locale = 'en',
    via = 'session',
  }: { locale?: string; via?: Credential } = {}) {
    const browser = t.client();
    const account = await AccountFactory.create({ locale }).signUp(browser);
    const socket = openWsClient(
      t.url,
      via === 'apiToken' ? { bearer: await apiTokenOf(browser) } : { cookie: browser.sessionCookie },
    );
    sockets.push(socket);
    await socket.connected;
    const added: LiveSubscription<Added> = socket.subscribe<Added>(ADDED);
    const warmUp = await NotificationFactory.for(account.userId).notify(t);
    const first = await added.next({ poke: warmUp.announce });
    expect(first.data?.notificationAdded.id).toBe(warmUp.id);
    await pause(150); // let a poke still in flight arrive, then drop its duplicate
    for (const duplicate of added.drain()) expect(duplicate.data?.notificationAdded.id).toBe(warmUp.id);
    return { browser, account, socket, added };
  }

  it('delivers a new notification to its recipient only, in the recipient’s language', async () => {
    const french = await liveSubscriber({ locale: 'fr' });
    const english = await liveSubscriber({ locale: 'en' });

    const sent = await NotificationFactory.for(french.account.userId, {
      kind: 'roleChanged',
      params: { organization: 'Observatoire', role: 'ADMIN' },
      link: '/organizations/1',
    }).notify(t);
    const received = await french.added.next();
    expect(received.errors).toBeUndefined();
    expect(received.data?.notificationAdded).toEqual({
      id: sent.id,
      kind: 'roleChanged',
      message: 'Votre rôle dans Observatoire est désormais Administrateur.',
      link: '/organizations/1',
      createdAt: expect.stringMatching(/Z$/),
      readAt: null,
    });
    await english.added.nothingWithin(500);

    await NotificationFactory.for(english.account.userId, {
      kind: 'removed',
      params: { organization: 'Observatory' },
    }).notify(t);
    expect((await english.added.next()).data?.notificationAdded.message).toBe(
      'You are no longer a member of Observatory.',
    );
    await french.added.nothingWithin(300);
  });

  it('stops delivering once the subscriber signs out: its socket closes or its stream ends', async () => {
    const subscriber = await liveSubscriber();
    await subscriber.browser.ok(`mutation { signOut }`);
    await pause(RECHECK_WINDOW_MS);

    await NotificationFactory.for(subscriber.account.userId).notify(t);
    expect(await subscriber.added.endedWithin(3_000)).not.toBeNull();
    await subscriber.added.nothingWithin(300);
  });

  it.each<{ via: Credential; label: string; table: string }>([
    { via: 'session', label: 'browser session', table: 'sessions' },
    { via: 'apiToken', label: 'API token', table: 'api_tokens' },
  ])(
    're-checks the $label before each delivery: ended with no announcement (pub/sub may lose one), the event in flight is dropped',
    async ({ via, table }) => {
      const subscriber = await liveSubscriber({ via });
      // As if the revocation's announcement never reached this instance: the socket stays open.
      await t.db.query(`UPDATE ${table} SET revoked_at = now() WHERE user_id = $1`, [
        subscriber.account.userId,
      ]);
      await pause(RECHECK_WINDOW_MS);

      await NotificationFactory.for(subscriber.account.userId).notify(t);
      // Either the delivery-time check completes the stream, or the socket sweep has closed the socket first.
      expect(await subscriber.added.endedWithin(3_000)).not.toBeNull();
      await subscriber.added.nothingWithin(300);
    },
  );

  it('refuses a socket without credentials: subscribing gives UNAUTHENTICATED', async () => {
    const anonymous = openWsClient(t.url);
    sockets.push(anonymous);
    await anonymous.connected;
    const added = anonymous.subscribe<Added>(ADDED);
    const refused = await added.next();
    expect(errorCodes(refused.errors)).toEqual(['UNAUTHENTICATED']);
    expect(refused.data ?? null).toBeNull();
  });

  it('refuses a revoked session at connection time', async () => {
    const browser = t.client();
    await AccountFactory.create().signUp(browser);
    const cookie = browser.sessionCookie;
    await browser.ok(`mutation { signOut }`);
    const socket = openWsClient(t.url, { cookie });
    sockets.push(socket);
    expect((await socket.closed).code).toBe(4403);
  });
});

async function apiTokenOf(browser: TestClient): Promise<string> {
  const created = await browser.ok<{ createApiToken: { secret: string } }>(
    `mutation { createApiToken(name: "notifications script") { secret } }`,
  );
  return created.createApiToken.secret;
}
