import { Secret, TOTP } from 'otpauth';

/** The name authenticator apps show above the account's codes. */
export const TOTP_ISSUER = 'Election Workspace';
/** RFC 6238 with the parameters every authenticator app supports. */
const TOTP_PARAMETERS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
/** Steps accepted either side of now, for clocks that drift (±30 s). */
const DRIFT_WINDOW = 1;
const CODE_SHAPE = /^\d{6}$/;

/** A new 160-bit secret (RFC 4226's recommended length), in base32 as apps expect it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI the web app renders as a QR code. */
export function otpauthUri(secret: string, accountEmail: string): string {
  return new TOTP({
    ...TOTP_PARAMETERS,
    issuer: TOTP_ISSUER,
    label: accountEmail,
    secret: Secret.fromBase32(secret),
  }).toString();
}

/** True when the input has the shape of an authenticator code rather than a recovery code. */
export function isTotpCodeShaped(code: string): boolean {
  return CODE_SHAPE.test(code.replace(/\s/g, ''));
}

/**
 * The time step a code belongs to when it is valid at `now` (within the drift window), else null.
 * Callers refuse a step at or before the last one accepted, so an observed code cannot be replayed.
 */
export function matchingStep(secret: string, code: string, now: number = Date.now()): number | null {
  const token = code.replace(/\s/g, '');
  if (!CODE_SHAPE.test(token)) return null;
  const totp = new TOTP({ ...TOTP_PARAMETERS, secret: Secret.fromBase32(secret) });
  const delta = totp.validate({ token, timestamp: now, window: DRIFT_WINDOW });
  return delta === null ? null : totp.counter({ timestamp: now }) + delta;
}
