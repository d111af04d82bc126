/**
 * The kinds of resource whose access can change while a socket is open. Features that add one
 * (relationship, consultation, report) add its name here with its policy module.
 */
export type AccessResourceKind = 'organization' | 'relationship' | 'consultation' | 'report';

export interface AccessResource {
  kind: AccessResourceKind;
  id: string;
}

/**
 * Published after commit, on topic `access:changed`, scope `EVERY_SCOPE`, whenever a user's access
 * to a resource may have changed (joined, role changed, removed, left; later co-authors and
 * participants). Every instance hears it: open subscriptions of that user re-check the policy for
 * that resource before their next delivery, and the collaboration server may close connections.
 */
export interface AccessChanged {
  userId: string;
  resource: AccessResource;
}
