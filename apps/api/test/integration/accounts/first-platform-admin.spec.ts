import { AccountFactory } from '../../factories/account.factory.js';
import { LogCapture } from '../../support/log-capture.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { type TestClient } from '../../support/test-client.js';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { me { isPlatformAdmin } } }`;

async function signUp(client: TestClient, setupToken?: string): Promise<boolean> {
  const data = await client.ok<{ signUp: { me: { isPlatformAdmin: boolean } } }>(SIGN_UP, {
    input: { ...AccountFactory.create().build(), ...(setupToken ? { setupToken } : {}) },
  });
  return data.signUp.me.isPlatformAdmin;
}

/**
 * A freshly exposed server must not go to whoever signs up first from the internet: only the machine
 * itself (the resolved client address, X-Forwarded-For under TRUST_PROXY here) or the one-time setup
 * link from the log makes the first platform admin.
 */
describe('the first platform admin', () => {
  let t: TestApi;
  let log: LogCapture;
  beforeEach(async () => {
    log = new LogCapture();
    t = await startTestApi({ TRUST_PROXY: 'true', LOG_LEVEL: 'warn' }, { logStream: log });
  });
  afterEach(() => t.close());

  function setupSecret(): string {
    const link = log.records().find((record) => typeof record['setupLink'] === 'string')?.['setupLink'];
    const secret = new URLSearchParams(new URL(String(link)).hash.slice(1)).get('setup');
    if (!secret) throw new Error(`no setup link in the log: ${log.text}`);
    return secret;
  }

  it('is not whoever signs up first from elsewhere, but whoever opens the logged setup link, once', async () => {
    expect(await signUp(t.client({ from: '203.0.113.9' }))).toBe(false);
    const secret = setupSecret();
    expect(await signUp(t.client({ from: '203.0.113.10' }), 'ecwp_guessed')).toBe(false);
    expect(await signUp(t.client({ from: '198.51.100.20' }), secret)).toBe(true);
    const [admins] = await t.db.query('SELECT count(*)::int AS n FROM users WHERE is_platform_admin');
    expect(admins.n).toBe(1);
  });

  it('is whoever signs up first from the machine itself (IPv4-mapped loopback too); later sign-ups are ordinary', async () => {
    expect(await signUp(t.client({ from: '::ffff:127.0.0.1' }))).toBe(true);
    expect(await signUp(t.client({ from: '127.0.0.1' }))).toBe(false);
    expect(await signUp(t.client({ from: '198.51.100.20' }), setupSecret())).toBe(false);
  });
});
