import { type Viewer } from '../auth/viewer.js';

/**
 * Whom a rule is about: usually the request's viewer, sometimes another account the server acts
 * for (the inviter told that someone joined). Only what rules may depend on.
 */
export type PolicySubject = Pick<Viewer, 'userId' | 'isPlatformAdmin'> & Partial<Pick<Viewer, 'sessionId'>>;

/** Another account, as a subject: never a platform admin by assumption, no credential. */
export function accountSubject(userId: string): PolicySubject {
  return { userId, isPlatformAdmin: false, sessionId: null };
}
