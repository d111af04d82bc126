import { parse as parseCookie } from 'cookie';
import { type Credential } from './viewer.js';

export const SESSION_COOKIE = 'ecw_session';
/** With https the cookie gets the __Host- prefix: bound to this host, path /, Secure. */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/** A bearer token wins over a cookie: scripts that carry both mean the token. */
export function credentialFrom(
  authorization: string | undefined,
  cookieHeader: string | undefined,
  secureCookies: boolean,
): Credential | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
  if (bearer) return { kind: 'apiToken', secret: bearer };
  const cookies = cookieHeader ? parseCookie(cookieHeader) : {};
  const session = cookies[sessionCookieName(secureCookies)];
  return session ? { kind: 'session', secret: session } : null;
}
