import { randomBytes } from 'node:crypto';
import { importApi } from './paths.mjs';

export const SESSION_COOKIE = 'ecw_session';

/** A SESSION_SECRET for one bench run: the API and the baseline servers get the same one. */
export function newSessionSecret() {
  return randomBytes(32).toString('hex');
}

/**
 * Signs a user in the way SessionService.start does, in SQL: a fresh `ecws_` secret goes in the
 * cookie, only its keyed hash (the API's own hashSecret) is stored. Returns the Cookie header value.
 */
export async function createSession(client, userId, sessionSecret) {
  const { hashSecret, newSecret } = await importApi('core/auth/credential-secret.js');
  const secret = newSecret('session');
  await client.query(
    `INSERT INTO sessions (user_id, token_hash, user_agent, expires_at) VALUES ($1, $2, 'ecw-bench', now() + interval '30 days')`,
    [userId, hashSecret(sessionSecret, secret)],
  );
  return `${SESSION_COOKIE}=${secret}`;
}

/** One account, for benches that need a signed-in user but no directory. */
export async function createUser(client, email) {
  const { rows } = await client.query(
    `INSERT INTO users (email, display_name, password_hash) VALUES ($1, 'Bench Subscriber', '!bench: no password') RETURNING id`,
    [email],
  );
  return rows[0].id;
}
