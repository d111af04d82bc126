import { randomBytes } from 'node:crypto';
import { parse as parseCookie } from 'cookie';
import { type Response } from 'express';
import { hashSecret, secretsEqual } from '../../core/auth/credential-secret.js';

const DEVICE_COOKIE = 'ecw_device';
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** With https the cookie gets the __Host- prefix, like the session cookie. */
function cookieName(secure: boolean): string {
  return secure ? `__Host-${DEVICE_COOKIE}` : DEVICE_COOKIE;
}

function signature(key: string, accountKey: string, nonce: string): string {
  return hashSecret(key, `device:${accountKey}:${nonce}`);
}

/**
 * OWASP's device cookie: a browser that signed in to an account successfully gets a signed token
 * naming that account. Its failed sign-ins are counted against the device, not the client address,
 * so an attacker guessing from elsewhere (or from the same office address) cannot lock it out.
 * Returns the device id when the request carries a valid cookie for this account.
 */
export function trustedDeviceOf(
  cookieHeader: string | undefined,
  secure: boolean,
  key: string,
  accountKey: string,
): string | null {
  const value = cookieHeader ? parseCookie(cookieHeader)[cookieName(secure)] : undefined;
  const [nonce, mac] = value?.split('.') ?? [];
  if (!nonce || !mac || nonce.length > 64) return null;
  return secretsEqual(mac, signature(key, accountKey, nonce)) ? nonce : null;
}

export function setDeviceCookie(res: Response, secure: boolean, key: string, accountKey: string): void {
  const nonce = randomBytes(16).toString('base64url');
  res.cookie(cookieName(secure), `${nonce}.${signature(key, accountKey, nonce)}`, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: YEAR_MS,
  });
}
