import { DECOY_HASH, hashPassword, verifyPassword } from './password-policy.js';

/** `$argon2id$v=19$m=…,t=…,p=…`: what a verification against the hash costs. */
const parameters = (hash: string) => hash.split('$').slice(1, 4).join('$');

describe('the decoy hash checked when an account does not exist', () => {
  it('costs what a standard hash costs: same algorithm, version and parameters', async () => {
    expect(parameters(DECOY_HASH)).toBe(parameters(await hashPassword('any password', 'standard')));
  });

  it('is a real argon2 hash, and an unknown account never signs in, even with its password', async () => {
    await expect(verifyPassword(DECOY_HASH, 'decoy password that never matches')).resolves.toBe(true);
    await expect(verifyPassword(null, 'decoy password that never matches')).resolves.toBe(false);
  });
});
