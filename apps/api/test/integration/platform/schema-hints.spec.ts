import { startTestApi, type TestApi } from '../../support/test-api.js';
import { openWsClient } from '../../support/ws-client.js';
import { executeOverSocket } from './ws-operation.js';

const INTROSPECTION = `{ __schema { types { name } } }`;
const MISSPELT = `{ me { emial } }`;

/** In production the API does not spell its schema out to whoever probes it. */
describe('schema hints in production', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('refuses introspection and gives no field suggestions, over HTTP and WebSocket', async () => {
    const introspection = await t.client().gql(INTROSPECTION);
    expect(introspection.status).toBe(400);
    expect(introspection.data).toBeUndefined();
    const misspelt = await t.client().gql(MISSPELT);
    expect(misspelt.errors?.[0]?.message).toMatch(/Cannot query field "emial"/);
    expect(misspelt.errors?.[0]?.message).not.toMatch(/Did you mean/);

    const ws = openWsClient(t.url);
    await ws.connected;
    expect((await executeOverSocket(ws, INTROSPECTION)).errors?.[0]?.extensions?.['code']).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    const overSocket = await executeOverSocket(ws, MISSPELT);
    expect(overSocket.errors?.[0]?.message).not.toMatch(/Did you mean/);
    await ws.close();
  });
});

describe('schema hints elsewhere', () => {
  it('allows introspection in production with GRAPHQL_INTROSPECTION=true, and suggests fields in development', async () => {
    const opened = await startTestApi({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
    try {
      expect((await opened.client().gql(INTROSPECTION)).errors).toBeUndefined();
    } finally {
      await opened.close();
    }
    const development = await startTestApi();
    try {
      expect((await development.client().gql(MISSPELT)).errors?.[0]?.message).toMatch(/Did you mean "email"/);
    } finally {
      await development.close();
    }
  });
});
