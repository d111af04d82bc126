import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccountFactory } from '../../factories/account.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { ApiProcess, requireBuiltApi } from './api-process.js';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`;

/** The argon2 parameters ("m=…,t=…,p=…") a stored password hash was made with. */
async function storedParameters(t: TestApi, userId: string): Promise<string> {
  const [row] = await t.db.query('SELECT password_hash FROM users WHERE id = $1', [userId]);
  return /\$m=\d+,t=\d+,p=\d+\$/.exec(row.password_hash)?.[0] ?? row.password_hash;
}

describe('the cost of password hashes', () => {
  it.each([
    ['standard', '$m=19456,t=2,p=1$'],
    ['test-minimum', '$m=8,t=1,p=1$'],
  ])('with %s, stores argon2id hashes with %s that sign in', async (cost, parameters) => {
    const t = await startTestApi({ PASSWORD_HASH_COST: cost });
    try {
      const account = await AccountFactory.create().signUp(t.client());
      expect(await storedParameters(t, account.userId)).toBe(parameters);
      const signedIn = await t.client().ok<{ signIn: { me: { email: string } } }>(SIGN_IN, {
        input: { email: account.email, password: account.password },
      });
      expect(signedIn.signIn.me.email).toBe(account.email);
    } finally {
      await t.close();
    }
  });

  it('the built API, started as npm start starts it (NODE_ENV=production), refuses the test-only cost', async () => {
    requireBuiltApi();
    const dataDir = await mkdtemp(join(tmpdir(), 'ecw-hash-cost-'));
    try {
      const api = ApiProcess.spawn({
        DATA_DIR: dataDir,
        NODE_ENV: 'production',
        PASSWORD_HASH_COST: 'test-minimum',
      });
      expect(await api.exit(60_000)).toEqual({ code: 1, signal: null });
      expect(api.stderr).toMatch(/^\s*PASSWORD_HASH_COST: "test-minimum" is for test runs only/m);
      expect(api.stdout).toBe('');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
