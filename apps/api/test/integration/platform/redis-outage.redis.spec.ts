import { randomBytes } from 'node:crypto';
import { type GraphQLFormattedError } from 'graphql';
import { MembershipRole } from '@ecw/domain';
import { AccountFactory } from '../../factories/account.factory.js';
import {
  BriefFactory,
  consultationCast,
  openConsultation,
  type ConsultationCast,
} from '../../factories/consultation.factory.js';
import { NotificationFactory } from '../../factories/notification.factory.js';
import { signUpPerson, type Person } from '../../factories/organization.factory.js';
import { startOwnTestRedis, type OwnTestRedis } from '../../support/redis-server.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes } from '../../support/test-client.js';
import { openWsClient, type LiveSubscription, type WsTestClient } from '../../support/ws-client.js';
import { delay } from './api-process.js';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`;
const SIGN_OUT = `mutation { signOut }`;
const ADDED = `subscription { notificationAdded { id } }`;
const CREATE_BRIEF = `mutation ($input: CreateBriefInput!) { createBrief(input: $input) { id } }`;
const SUBMIT_BRIEF = `mutation ($id: ID!) { submitBrief(id: $id) { id status } }`;
const COMMENT = `mutation ($id: ID!, $body: String!) { addBriefComment(briefId: $id, body: $body) { id } }`;
const OUTCOME = `mutation ($id: ID!, $summary: String!) { publishConsultationOutcome(consultationId: $id, summary: $summary) { id } }`;
const CREATE_RESET_LINK = `mutation ($input: CreatePasswordResetLinkInput!) { createPasswordResetLink(input: $input) }`;
/** signInFailuresByAccount in core/rate-limit/rate-limits.ts */
const SIGN_IN_FAILURES_ALLOWED = 10;

type Readiness = { status: number; body: { status: string; degraded?: { redis: string } } };

async function readiness(t: TestApi): Promise<Readiness> {
  const response = await fetch(`${t.url}/readyz`);
  return { status: response.status, body: (await response.json()) as Readiness['body'] };
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await delay(100)) {
    if (await condition()) return;
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

/** Fails instead of hanging when an operation waits for Redis to come back. */
function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** A Redis of this file's own (a shared one is never stopped), stopped and started again under two instances. */
describe('Redis stopped and restarted under two API instances', () => {
  let redis: OwnTestRedis;
  let a: TestApi;
  let b: TestApi;
  let platformAdmin: Person;
  let cast: ConsultationCast;
  const sockets: WsTestClient[] = [];
  /** Someone on instance A, subscribed before the outage. */
  let listener: {
    userId: string;
    socket: WsTestClient;
    added: LiveSubscription<{ notificationAdded: { id: string } }>;
  };

  beforeAll(async () => {
    redis = await startOwnTestRedis();
    const shared = { SESSION_SECRET: randomBytes(32).toString('hex'), REDIS_URL: redis.url };
    a = await startTestApi(shared);
    b = await startTestApi(shared, { url: a.databaseUrl });
    // Arranged while Redis is up (the first account of a fresh database is a platform admin).
    platformAdmin = await signUpPerson(a);
    cast = await consultationCast(a, platformAdmin);
    const browser = a.client();
    const account = await AccountFactory.create().signUp(browser);
    const socket = openWsClient(a.url, { cookie: browser.sessionCookie });
    sockets.push(socket);
    await socket.connected;
    listener = { userId: account.userId, socket, added: socket.subscribe(ADDED) };
  });
  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.close()));
    await b?.close();
    await a?.close();
    await redis?.stop();
  });

  it('keeps serving during the outage: per-instance rate limits, /readyz 200 saying it is degraded', async () => {
    const browser = a.client();
    const account = await AccountFactory.create().signUp(browser);
    expect(await readiness(a)).toEqual({ status: 200, body: { status: 'ready' } });

    await redis.stop();
    await waitUntil(async () => (await readiness(a)).body.status === 'degraded', 10_000);
    const degraded = await readiness(a);
    expect(degraded.status).toBe(200);
    expect(degraded.body.degraded?.redis).toMatch(/Redis is unreachable/);
    // Every connection the instance opens counts, the co-editing documents' included.
    for (const purpose of ['rate limits', 'events out', 'events in', 'co-editing'])
      expect(degraded.body.degraded?.redis).toContain(purpose);

    // Signing up, in and out go on (the limits count in this instance's memory meanwhile).
    const newcomer = await within(5_000, 'sign-up', AccountFactory.create().signUp(a.client()));
    const signIn = (password: string) =>
      within(5_000, 'sign-in', a.client().gql(SIGN_IN, { input: { email: account.email, password } }));
    expect((await signIn(account.password)).errors).toBeUndefined();
    const signedIn = a.client();
    await signedIn.ok(SIGN_IN, { input: { email: newcomer.email, password: newcomer.password } });
    expect((await within(5_000, 'sign-out', signedIn.gql(SIGN_OUT))).errors).toBeUndefined();

    // The budget still holds: failed sign-ins past it are refused as RATE_LIMITED, never INTERNAL_SERVER_ERROR.
    const codes: unknown[] = [];
    for (let attempt = 0; attempt <= SIGN_IN_FAILURES_ALLOWED; attempt++) {
      codes.push(...errorCodes((await signIn(`wrong-${attempt}-${account.password}`)).errors));
    }
    expect(
      codes
        .slice(0, SIGN_IN_FAILURES_ALLOWED)
        .every((code) => code !== 'INTERNAL_SERVER_ERROR' && code !== 'RATE_LIMITED'),
    ).toBe(true);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    expect(errorCodes((await signIn(account.password)).errors)).toEqual(['RATE_LIMITED']);
  }, 60_000);

  it('answers writes that announce after commit without an error, and stores each once', async () => {
    await redis.stop(); // already stopped by the test before; stopping again changes nothing
    await waitUntil(async () => (await readiness(a)).body.status === 'degraded', 10_000);
    const consultation = await openConsultation(cast);
    const author = cast.alpha.withRole(MembershipRole.MEMBER);
    const convenor = cast.convenor.withRole(MembershipRole.MEMBER).client;
    // During an outage a publish does not wait for Redis: it goes to this instance's subscribers.
    const answer = async (what: string, work: Promise<{ errors?: readonly GraphQLFormattedError[] }>) =>
      errorCodes((await within(2_000, what, work)).errors);
    const count = async (sql: string, params: unknown[]) =>
      ((await a.db.query(`SELECT count(*)::int AS n FROM ${sql}`, params)) as [{ n: number }])[0].n;

    const created = await author.client.ok<{ createBrief: { id: string } }>(CREATE_BRIEF, {
      input: BriefFactory.create().build(consultation.id, cast.alpha.organization.id),
    });
    const briefId = created.createBrief.id;
    // Each of these publishes after its commit. A failed publish must not turn the answer into an
    // error: a client retrying a write it was told had failed would store it a second time.
    const answers = {
      submitBrief: await answer('submitBrief', author.client.gql(SUBMIT_BRIEF, { id: briefId })),
      addBriefComment: await answer(
        'addBriefComment',
        convenor.gql(COMMENT, { id: briefId, body: 'Which districts first?' }),
      ),
      publishConsultationOutcome: await answer(
        'publishConsultationOutcome',
        convenor.gql(OUTCOME, { id: consultation.id, summary: 'What we heard' }),
      ),
      createPasswordResetLink: await answer(
        'createPasswordResetLink',
        platformAdmin.client.gql(CREATE_RESET_LINK, { input: { email: author.email } }),
      ),
    };
    expect(answers).toEqual({
      submitBrief: [],
      addBriefComment: [],
      publishConsultationOutcome: [],
      createPasswordResetLink: [],
    });

    const stored = {
      submittedBriefs: await count(`context_briefs WHERE consultation_id = $1 AND status = 'SUBMITTED'`, [
        consultation.id,
      ]),
      comments: await count(`brief_comments WHERE brief_id = $1`, [briefId]),
      outcomesPublished: await count(
        `audit_events WHERE action = 'consultation.outcome_published' AND target_id = $1`,
        [consultation.id],
      ),
      resetLinks: await count(`password_resets WHERE user_id = $1`, [author.userId]),
      resetNotices: await count(`notifications WHERE user_id = $1 AND kind = 'passwordResetLinkIssued'`, [
        author.userId,
      ]),
    };
    expect(stored).toEqual({
      submittedBriefs: 1,
      comments: 1,
      outcomesPublished: 1,
      resetLinks: 1,
      resetNotices: 1,
    });
  }, 120_000);

  it('delivers to subscribers on the same instance during the outage, without waiting for Redis', async () => {
    await waitUntil(async () => (await readiness(a)).body.status === 'degraded', 10_000);
    const started = performance.now();
    const notification = await NotificationFactory.for(listener.userId).notify(a);
    expect(performance.now() - started).toBeLessThan(2_000);
    const delivered = await listener.added.next({ timeoutMs: 5_000 });
    expect(delivered.data?.notificationAdded.id).toBe(notification.id);
  }, 30_000);

  it('reconnects by itself once Redis is back: ready again, and events cross instances again', async () => {
    await redis.start();
    for (const t of [a, b]) {
      await waitUntil(async () => (await readiness(t)).body.status === 'ready', 20_000);
    }
    // Events published on B meanwhile never reached A's sockets: A closes them so that clients refetch.
    expect(
      (await within(10_000, 'the close of a socket open through the outage', listener.socket.closed)).code,
    ).toBe(1012);

    const browser = b.client();
    const account = await AccountFactory.create().signUp(browser);
    const socket = openWsClient(b.url, { cookie: browser.sessionCookie });
    sockets.push(socket);
    await socket.connected;
    const added = socket.subscribe<{ notificationAdded: { id: string } }>(ADDED);
    // Stored and announced by instance A; delivered by instance B through Redis.
    const notification = await NotificationFactory.for(account.userId).notify(a);
    const delivered = await added.next({ poke: notification.announce, timeoutMs: 10_000 });
    expect(delivered.data?.notificationAdded.id).toBe(notification.id);
  }, 60_000);
});
