import { NotificationFactory } from '../../../factories/notification.factory.js';
import { allowed, refused, signedOut, type AllowedAttempt, type Case, type Matrix } from '../case.js';
import { type Stage } from '../stage.js';

const NOTIFICATIONS = `{ notifications(first: 100) { edges { node { id } } } }`;
const MARK_READ = `mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;
const ADDED = `subscription { notificationAdded { id } }`;

/** A notification for the member (whose API token is the 'apiToken' actor), stored and announced by the running API. */
const forMember = (s: Stage) => NotificationFactory.for(s.person('member').userId).notify(s.t);
const idsIn = (value: unknown) =>
  (value as { edges: { node: { id: string } }[] }).edges.map((edge) => edge.node.id);

/** The member's new notification is in the list (as the member or its token). */
const listed = (as: 'member' | 'apiToken', name: string): Case<AllowedAttempt> => ({
  as,
  name,
  arrange: async (s) => {
    const { id } = await forMember(s);
    return { query: NOTIFICATIONS, expect: (value) => expect(idsIn(value)).toContain(id) };
  },
});

/** Subscribed as the member (by cookie or token), it receives the member's new notification. */
const received = (as: 'member' | 'apiToken', name: string): Case<AllowedAttempt> => ({
  as,
  name,
  arrange: async (s) => {
    const { id, announce } = await forMember(s);
    return { query: ADDED, overSocket: { poke: announce }, expect: (value) => expect(value).toEqual({ id }) };
  },
});

/** Notifications belong to their recipient alone: no argument can name another user's. */
export const notificationCases: Matrix = {
  'Query.notifications': {
    allowed: [
      listed('member', 'the recipient lists its own'),
      listed('apiToken', 'the recipient’s API token lists them'),
    ],
    refused: [
      {
        as: 'stranger',
        name: 'another account never sees them',
        arrange: async (s) => {
          const { id } = await forMember(s);
          return {
            query: NOTIFICATIONS,
            refusal: { quietly: (value) => expect(idsIn(value)).not.toContain(id) },
          };
        },
      },
      signedOut({ query: NOTIFICATIONS }),
    ],
  },
  'Mutation.markNotificationsRead': {
    allowed: [
      allowed(
        'member',
        'the recipient marks its own',
        async (s) => ({ query: MARK_READ, variables: { ids: [(await forMember(s)).id] } }),
        (v) => expect(v).toBe(1),
      ),
    ],
    refused: [
      {
        as: 'stranger',
        name: 'another account’s ids mark nothing',
        arrange: async (s) => {
          const { id } = await forMember(s);
          const quietly = async (marked: unknown) => {
            expect(marked).toBe(0);
            expect(await s.t.db.query(`SELECT read_at FROM notifications WHERE id = $1`, [id])).toEqual([
              { read_at: null },
            ]);
          };
          return { query: MARK_READ, variables: { ids: [id] }, refusal: { quietly } };
        },
      },
      signedOut({ query: MARK_READ, variables: { ids: [] } }),
    ],
  },
  'Subscription.notificationAdded': {
    allowed: [
      received('member', 'the recipient’s browser receives its own'),
      received('apiToken', 'the recipient’s API token receives its own'),
    ],
    refused: [
      refused('anonymous', 'a socket without credentials', 'UNAUTHENTICATED', {
        query: ADDED,
        overSocket: {},
      }),
    ],
  },
};
