import { type Viewer } from '../core/auth/viewer.js';
import { can } from '../core/policy/can.js';
import { AccountError, AccountErrorReason } from './account.errors.js';

/**
 * Changing an account's credentials (password, second factor, API tokens, reset links) needs a
 * browser session, which only a password (and second factor) opens. An API token is a script's key,
 * kept in files and CI settings: a leaked one must not be able to mint more tokens or lock the owner out.
 */
export function requireSession(viewer: Viewer): string {
  if (!viewer.sessionId || !can(viewer, 'account.changeCredentials', { kind: 'account', userId: viewer.userId })) {
    throw AccountError(AccountErrorReason.NEEDS_SESSION, { messageKey: 'error.needsSession' });
  }
  return viewer.sessionId;
}
