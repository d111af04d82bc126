import { OrganizationFactory, signUpPerson } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { openWsClient } from '../../support/ws-client.js';
import { executeOverSocket } from '../platform/ws-operation.js';

const VERIFY = `mutation ($id: ID!) { verifyOrganization(id: $id) { verified } }`;

/**
 * A socket's viewer was resolved once at connect: an expired session or a demoted platform admin
 * kept acting over it. The credential is now re-read before each operation (cached ≤ 2 s).
 */
describe('open sockets re-check their credential', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  it('a demoted platform admin’s open socket loses the role within 2 seconds', async () => {
    const admin = await signUpPerson(t); // the first account, from loopback: platform admin
    const owner = await signUpPerson(t);
    const first = await OrganizationFactory.create().createBy(owner.client);
    const second = await OrganizationFactory.create().createBy(owner.client);
    const socket = openWsClient(t.url, { cookie: admin.client.sessionCookie });
    await socket.connected;
    const allowed = await executeOverSocket<{ verifyOrganization: { verified: boolean } }>(socket, VERIFY, {
      id: first.id,
    });
    expect(allowed.data?.verifyOrganization.verified).toBe(true);

    await t.db.query('UPDATE users SET is_platform_admin = false WHERE id = $1', [admin.userId]);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const refused = await executeOverSocket(socket, VERIFY, { id: second.id });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    await socket.close();
  });

  it('a socket whose session expired gets no answer to its next operation and is closed', async () => {
    const person = await signUpPerson(t);
    const socket = openWsClient(t.url, { cookie: person.client.sessionCookie });
    await socket.connected;
    expect((await executeOverSocket(socket, `{ me { email } }`)).errors).toBeUndefined();
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      person.userId,
    ]);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const refused = socket.subscribe(`{ me { email } }`);
    expect((await refused.ended).kind).toBe('error');
    expect(refused.drain()).toEqual([]);
    expect((await socket.closed).code).toBe(4401);
  });

  it('sockets that only listen are closed once their session expires, and only theirs', async () => {
    const person = await signUpPerson(t);
    const other = await signUpPerson(t);
    // Two tabs of one session (the sweep checks their credential once) and another account's socket.
    const tabs = [1, 2].map(() => openWsClient(t.url, { cookie: person.client.sessionCookie }));
    const bystander = openWsClient(t.url, { cookie: other.client.sessionCookie });
    await Promise.all([...tabs, bystander].map((socket) => socket.connected));
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      person.userId,
    ]);
    const stillOpen = new Promise((resolve) => setTimeout(() => resolve('still open'), 9_000));
    const closed = await Promise.all(tabs.map((socket) => Promise.race([socket.closed, stillOpen])));
    expect(closed).toEqual([1, 2].map(() => ({ code: 4401, reason: expect.any(String) })));
    expect(await Promise.race([bystander.closed, Promise.resolve('still open')])).toBe('still open');
    await bystander.close();
  }, 15_000);
});
