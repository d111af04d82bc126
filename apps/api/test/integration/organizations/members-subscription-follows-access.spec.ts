import { startTestApi, type TestApi } from '../../support/test-api.js';
import { type WsTestClient } from '../../support/ws-client.js';
import { removeWhileSubscribed } from './support/removed-member-stops-receiving.js';

/** One instance, in-process event bus: access:changed reaches the open subscription of a removed member. */
describe('organizationMembersChanged follows access (one instance)', () => {
  let t: TestApi;
  const sockets: WsTestClient[] = [];
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((socket) => socket.close()));
  });
  afterAll(() => t.close());

  it('a member removed while subscribed stops receiving within 5 s; the others keep receiving', async () => {
    const { end, keptReceived } = await removeWhileSubscribed(t, t, sockets);
    expect(end).toEqual({ kind: 'completed' });
    expect(keptReceived).toEqual({ organizationMembersChanged: expect.any(String) });
  });
});
