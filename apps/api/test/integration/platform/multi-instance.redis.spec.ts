import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { EventBus } from '../../../src/core/pubsub/event-bus.js';
import { channelOf } from '../../../src/core/pubsub/topics.js';
import { AccountFactory, type SignUpFields } from '../../factories/account.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type TestClient } from '../../support/test-client.js';
import { openWsClient } from '../../support/ws-client.js';
import { createApiToken } from './api-token.js';
import { startTestRedis, type TestRedis } from '../../support/redis-server.js';

const ME = `{ me { email } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`;
/**
 * A client address of this run's own. Rate limits in Redis are shared by every process using that
 * Redis, so requests carry a unique X-Forwarded-For (the instances trust the loopback proxy) and
 * this run's budgets are its own, however many runs share the machine.
 */
function runAddress(): string {
  const [a = 0, b = 0, c = 0] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

/** Waits until some process subscribed to a Redis channel (a pub/sub topic of the EventBus). */
async function untilSubscribed(redisUrl: string, channel: string, timeoutMs = 5_000): Promise<void> {
  const redis = new Redis(redisUrl, { disableClientInfo: true });
  try {
    for (
      const deadline = Date.now() + timeoutMs;
      Date.now() < deadline;
      await new Promise((resolve) => setTimeout(resolve, 20))
    ) {
      const [, subscribers] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
      if (subscribers > 0) return;
    }
    throw new Error(`nobody subscribed to ${channel} within ${timeoutMs} ms`);
  } finally {
    redis.disconnect();
  }
}

describe('two API instances on one database and one Redis', () => {
  let a: TestApi;
  let b: TestApi;
  const address = runAddress();
  const fromThisRun = { 'x-forwarded-for': address };

  let redis: TestRedis;

  beforeAll(async () => {
    redis = await startTestRedis();
    const shared = {
      SESSION_SECRET: randomBytes(32).toString('hex'),
      REDIS_URL: redis.url,
      TRUST_PROXY: 'loopback',
    };
    a = await startTestApi(shared);
    b = await startTestApi(shared, { url: a.databaseUrl });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await redis?.stop();
  });

  async function signUpOn(t: TestApi): Promise<{ client: TestClient; account: SignUpFields }> {
    const client = t.client();
    const account = AccountFactory.create().build();
    const result = await client.gql(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { me { email } } }`,
      { input: account },
      fromThisRun,
    );
    expect(result.errors).toBeUndefined();
    return { client, account };
  }

  it('accepts on B a session cookie made on A', async () => {
    const { client, account } = await signUpOn(a);
    const onB = await b.client().gql<{ me: { email: string } | null }>(ME, undefined, {
      cookie: client.sessionCookie ?? '',
      ...fromThisRun,
    });
    expect(onB.data?.me?.email).toBe(account.email);
  });

  it('accepts on B an API token made on A', async () => {
    const { client, account } = await signUpOn(a);
    const token = await createApiToken(client);
    const onB = await b.client().gql<{ me: { email: string } | null }>(ME, undefined, {
      authorization: `Bearer ${token}`,
      ...fromThisRun,
    });
    expect(onB.data?.me?.email).toBe(account.email);
  });

  it('delivers to a notificationAdded subscriber on B the notification an invitation on A makes', async () => {
    const { client: invitee, account } = await signUpOn(a);
    const { client: inviter } = await signUpOn(a);
    const socket = openWsClient(b.url, { cookie: invitee.sessionCookie });
    try {
      await socket.connected;
      const added = socket.subscribe<{ notificationAdded: { kind: string; message: string } }>(
        `subscription { notificationAdded { kind message } }`,
      );
      const me = await invitee.ok<{ me: { user: { id: string } } }>(`{ me { user { id } } }`);
      // graphql-ws does not acknowledge a subscribe: wait until B's subscription is registered in Redis.
      await untilSubscribed(redis.url, channelOf('notifications', me.me.user.id));

      const name = `Observatoire ${randomUUID()}`;
      const organization = await inviter.ok<{ createOrganization: { id: string } }>(
        `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
        { input: { name, kind: 'CIVIL_SOCIETY', countryCodes: ['KE'] } },
      );
      await inviter.ok(`mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`, {
        input: { organizationId: organization.createOrganization.id, email: account.email, role: 'MEMBER' },
      });

      const received = await added.next({ timeoutMs: 5_000 });
      expect(received.errors).toBeUndefined();
      expect(received.data?.notificationAdded.kind).toBe('invitationReceived');
      expect(received.data?.notificationAdded.message).toContain(name);
    } finally {
      await socket.close();
    }
  });

  it('delivers an event published on the EventBus of A to a subscriber on the EventBus of B', async () => {
    // A scope of this run's own: other runs on the same Redis never see it, nor it theirs.
    const scope = randomUUID();
    const stream = b.api.app.get(EventBus).subscribe('access:changed', scope);
    const received = stream.next();
    await untilSubscribed(redis.url, channelOf('access:changed', scope));
    const marker = { userId: randomUUID(), resource: { kind: 'organization' as const, id: randomUUID() } };
    await a.api.app.get(EventBus).publish('access:changed', scope, marker);
    expect((await received).value).toEqual(marker);
    await stream.return?.();
  });

  it('adds up failed sign-ins on A and B against one budget', async () => {
    const { account } = await signUpOn(a);
    const attempt = async (t: TestApi, password: string) =>
      errorCodes(
        (await t.client().gql(SIGN_IN, { input: { email: account.email, password } }, fromThisRun)).errors,
      )[0];

    const codes: unknown[] = [];
    for (let i = 0; i < 10; i += 1)
      codes.push(await attempt(i % 2 === 0 ? a : b, `wrong password number ${i}`));
    // Five failures on each instance: neither alone reached the budget of 10, together they did.
    expect(codes).toEqual(Array(10).fill('UNAUTHENTICATED'));
    expect(await attempt(a, 'yet another wrong one')).toBe('RATE_LIMITED');
    expect(await attempt(b, account.password)).toBe('RATE_LIMITED');
  });
});
