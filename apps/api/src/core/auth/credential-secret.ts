import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Prefixes make leaked secrets recognisable (e.g. by secret scanners) and tell the kinds apart. */
export const SECRET_PREFIX = {
  session: 'ecws_',
  apiToken: 'ecwt_',
  invitation: 'ecwi_',
  passwordReset: 'ecwr_',
  calendarFeed: 'ecwc_',
  emailConfirmation: 'ecwe_',
  platformSetup: 'ecwp_',
} as const;

export function newSecret(kind: keyof typeof SECRET_PREFIX): string {
  return `${SECRET_PREFIX[kind]}${randomBytes(32).toString('base64url')}`;
}

/**
 * Secrets are stored as a keyed hash: a stolen database alone cannot be used to mint or check
 * credentials without SESSION_SECRET.
 */
export function hashSecret(key: string, secret: string): string {
  return createHmac('sha256', key).update(secret).digest('base64url');
}

export function secretsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
