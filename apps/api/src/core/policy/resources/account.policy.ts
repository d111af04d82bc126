import { type PolicySubject } from '../policy-subject.js';

/**
 * One account and what belongs only to it (its notifications, its credentials). Changing its
 * credentials (password, second factor, API tokens, reset links) needs a browser session: an API
 * token is a script's key, and a leaked one must not mint more tokens or lock the owner out.
 */
export type AccountAction = 'account.readOwn' | 'account.changeCredentials';

export interface AccountResource {
  kind: 'account';
  userId: string;
}

export function accountRule(
  subject: PolicySubject,
  action: AccountAction,
  resource: AccountResource,
): boolean {
  const own = resource.userId === subject.userId;
  switch (action) {
    case 'account.readOwn':
      return own;
    case 'account.changeCredentials':
      return own && Boolean(subject.sessionId);
  }
}
