import { signUpPerson } from '../../factories/organization.factory.js';
import { OrganizationFactory } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes } from '../../support/test-client.js';
import { openWsClient } from '../../support/ws-client.js';

const CREATE = `mutation ($name: String!, $expiresAt: DateTime, $readOnly: Boolean) {
  createApiToken(name: $name, expiresAt: $expiresAt, readOnly: $readOnly) { apiToken { id expiresAt readOnly } secret }
}`;
const ME = `{ me { email } }`;

type Created = {
  createApiToken: { apiToken: { id: string; expiresAt: string | null; readOnly: boolean }; secret: string };
};

describe('API tokens: expiry and read-only scope', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  it('a read-only token runs queries and subscriptions but no mutation, not even public ones', async () => {
    const owner = await signUpPerson(t);
    const { createApiToken } = await owner.client.ok<Created>(CREATE, { name: 'dashboard', readOnly: true });
    expect(createApiToken.apiToken).toMatchObject({ readOnly: true, expiresAt: null });
    const script = t.client().withToken(createApiToken.secret);
    expect((await script.ok<{ me: { email: string } }>(ME)).me.email).toBe(owner.email);

    const write = await script.gql(
      `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      {
        input: OrganizationFactory.create().build(),
      },
    );
    expect(errorCodes(write.errors)).toEqual(['FORBIDDEN']);
    expect(write.errors?.[0]?.extensions?.['reason']).toBe('ACCOUNT_TOKEN_READ_ONLY');
    const publicWrite = await script.gql(
      `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`,
      {
        input: { email: owner.email },
      },
    );
    expect(errorCodes(publicWrite.errors)).toEqual(['FORBIDDEN']);
    expect(await t.db.query('SELECT 1 FROM organizations')).toEqual([]);

    const socket = openWsClient(t.url, { bearer: createApiToken.secret, origin: null });
    await socket.connected;
    const stream = socket.subscribe(`subscription { notificationAdded { id } }`);
    await stream.nothingWithin(300);
    await socket.close();
  });

  it('a token stops working when it expires, over HTTP and on its open socket', async () => {
    const owner = await signUpPerson(t);
    const expiresAt = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    const { createApiToken } = await owner.client.ok<Created>(CREATE, { name: 'one hour', expiresAt });
    expect(createApiToken.apiToken.expiresAt).toBe(expiresAt);
    const script = t.client().withToken(createApiToken.secret);
    expect((await script.ok<{ me: { email: string } }>(ME)).me.email).toBe(owner.email);

    await t.db.query(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      createApiToken.apiToken.id,
    ]);
    expect((await script.gql(ME)).data?.['me']).toBeNull();
  });

  it('refuses an expiry in the past or more than a year ahead, naming the field', async () => {
    const owner = await signUpPerson(t);
    for (const expiresAt of [new Date(Date.now() - 1000), new Date(Date.now() + 400 * 24 * 60 * 60 * 1000)]) {
      const result = await owner.client.gql(CREATE, { name: 'bad', expiresAt: expiresAt.toISOString() });
      expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
        { field: 'expiresAt', message: expect.any(String) },
      ]);
    }
  });

  it('a token never manages tokens: it cannot revoke its owner’s other tokens', async () => {
    const owner = await signUpPerson(t);
    const first = await owner.client.ok<Created>(CREATE, { name: 'one' });
    const second = await owner.client.ok<Created>(CREATE, { name: 'two' });
    const result = await t
      .client()
      .withToken(first.createApiToken.secret)
      .gql(`mutation ($id: ID!) { revokeApiToken(id: $id) }`, { id: second.createApiToken.apiToken.id });
    expect(errorCodes(result.errors)).toEqual(['FORBIDDEN']);
  });
});
