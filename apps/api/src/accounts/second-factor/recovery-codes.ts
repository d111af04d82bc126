import { randomBytes } from 'node:crypto';

/** How many one-time codes an account gets when it turns two-factor authentication on. */
export const RECOVERY_CODE_COUNT = 10;

/** Crockford's base32: no i, l, o or u, so codes read aloud or copied by hand survive. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const CODE_LENGTH = 10;

/** 50 random bits, shown as `xxxxx-xxxxx`. */
export function newRecoveryCode(): string {
  const chars = [...randomBytes(CODE_LENGTH)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** The form that is hashed: case, spaces and dashes do not matter when a person types a code. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}
