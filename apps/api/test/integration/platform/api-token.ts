import { type TestClient } from '../../support/test-client.js';

/** Creates an API token through the API for the client's account; returns the secret a script sends as a bearer. */
export async function createApiToken(client: TestClient, name = 'platform test'): Promise<string> {
  const data = await client.ok<{ createApiToken: { secret: string } }>(
    `mutation ($name: String!) { createApiToken(name: $name) { secret } }`,
    { name },
  );
  return data.createApiToken.secret;
}
