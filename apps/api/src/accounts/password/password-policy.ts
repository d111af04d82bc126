import { hash, verify, type Options } from '@node-rs/argon2';
import { LIMITS } from '@ecw/domain';
import { type PasswordHashCost } from '../../core/config/config.schema.js';
import { type FieldProblem } from '../../core/errors/domain.exception.js';

/** Length 12–256 and not among the ~49,000 most common breached passwords (zxcvbn-ts list). */
export async function passwordProblem(field: string, password: string): Promise<FieldProblem | null> {
  if (password.length < LIMITS.passwordMin || password.length > LIMITS.passwordMax) {
    return {
      field,
      message: 'field.passwordLength',
      params: { min: LIMITS.passwordMin, max: LIMITS.passwordMax },
    };
  }
  const { COMMON_PASSWORDS } = await import('./common-passwords.js');
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return { field, message: 'field.passwordCommon' };
  return null;
}

/**
 * `standard`: argon2id with the library's defaults (19 MiB, 2 passes), OWASP's recommended floor.
 * `test-minimum`: the smallest argon2id parameters, for test runs only (config refuses it elsewhere).
 * Verification reads the parameters from the stored hash, so both kinds verify the same way.
 */
const ARGON2_OPTIONS: Record<PasswordHashCost, Options> = {
  standard: {},
  'test-minimum': { memoryCost: 8, timeCost: 1, parallelism: 1 },
};

export function hashPassword(password: string, cost: PasswordHashCost): Promise<string> {
  return hash(password, ARGON2_OPTIONS[cost]);
}

/**
 * Checked against when the account does not exist, so both paths cost the same time: an argon2id
 * hash with the `standard` parameters (verification reads them from the hash), written out instead
 * of hashed at every start, where 19 MiB and 2 passes competed with the start for the CPU.
 */
export const DECOY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$9+mVhpuVVm/I2P48KdmVjA$h8I6DEd5M4stA3Pp2rcxJ4bwwQHx7OXYli6GAcYPhg0';

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (password.length > LIMITS.passwordMax) return false;
  if (!passwordHash) {
    await verify(DECOY_HASH, password);
    return false;
  }
  return verify(passwordHash, password);
}
