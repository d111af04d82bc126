import { type PolicySubject } from '../policy-subject.js';

/**
 * A user's public profile (id, display name), shown wherever the viewer may see the object that
 * names the user (a membership, an audit line). Rules that hide a person in some context (a
 * Chatham House consultation hides a brief's author) belong here, with the context as facts.
 */
export type UserAction = 'user.readProfile';

export interface UserResource {
  kind: 'user';
  userId: string;
}

export function userRule(_subject: PolicySubject, action: UserAction, _resource: UserResource): boolean {
  switch (action) {
    case 'user.readProfile':
      return true;
  }
}
