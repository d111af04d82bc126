import { AccountFactory } from '../../factories/account.factory.js';
import { NotificationFactory } from '../../factories/notification.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type TestClient } from '../../support/test-client.js';

const LIST = `query ($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id kind message link createdAt readAt } }
  }
}`;
const MARK_READ = `mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;
const BADGE = `{ notifications(unreadOnly: true, first: 1) { totalCount } }`;

interface Page {
  notifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: { id: string; message: string; readAt: string | null; link: string | null };
    }[];
  };
}

async function pageIds(
  client: TestClient,
  variables: Record<string, unknown>,
): Promise<{ ids: string[]; page: Page['notifications'] }> {
  const { notifications } = await client.ok<Page>(LIST, variables);
  return { ids: notifications.edges.map((e) => e.node.id), page: notifications };
}

describe('notifications: list, badge and mark read', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  async function personWith(count: number, locale = 'en') {
    const client = t.client();
    const account = await AccountFactory.create({ locale }).signUp(client);
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push((await NotificationFactory.for(account.userId).notify(t)).id);
    return { client, account, ids };
  }

  it('lists only the viewer’s own notifications, newest first, a page at a time with totalCount', async () => {
    const alice = await personWith(5);
    const bob = await personWith(1);
    const newestFirst = [...alice.ids].reverse();

    const first = await pageIds(alice.client, { first: 2 });
    expect(first.ids).toEqual(newestFirst.slice(0, 2));
    expect(first.page.totalCount).toBe(5);
    expect(first.page.pageInfo).toEqual({ hasNextPage: true, endCursor: first.page.edges[1]?.cursor });
    const second = await pageIds(alice.client, { first: 2, after: first.page.pageInfo.endCursor });
    expect(second.ids).toEqual(newestFirst.slice(2, 4));
    const last = await pageIds(alice.client, { first: 2, after: second.page.pageInfo.endCursor });
    expect(last.ids).toEqual(newestFirst.slice(4));
    expect(last.page.pageInfo.hasNextPage).toBe(false);

    expect((await pageIds(bob.client, {})).ids).toEqual(bob.ids);
  });

  it('pages through rows created within one millisecond, and exact ties, without skipping or repeating', async () => {
    const carol = await personWith(0);
    const instants = ['00.000100', '00.000200', '00.000200', '00.000200', '00.000900', '00.001000'];
    for (const instant of instants) {
      await t.db.query(
        `INSERT INTO notifications (user_id, kind, params, created_at) VALUES ($1, 'removed', $2, $3)`,
        [carol.account.userId, { organization: 'Org' }, `2025-01-01T00:00:${instant}Z`],
      );
    }
    const expected = (
      await t.db.query<{ id: string }[]>(
        `SELECT id FROM notifications WHERE user_id = $1 ORDER BY created_at DESC, id DESC`,
        [carol.account.userId],
      )
    ).map((row) => row.id);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { ids, page } = await pageIds(carol.client, { first: 1, after });
      seen.push(...ids);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(expected);
  });

  it('renders each message in the recipient’s language from its kind and parameters', async () => {
    const french = await personWith(0, 'fr');
    await NotificationFactory.for(french.account.userId, {
      kind: 'removed',
      params: { organization: 'Observatoire' },
    }).notify(t);
    const english = await personWith(0, 'en');
    await NotificationFactory.for(english.account.userId, {
      kind: 'removed',
      params: { organization: 'Observatory' },
    }).notify(t);

    expect((await pageIds(french.client, {})).page.edges[0]?.node.message).toBe(
      "Vous n'êtes plus membre de Observatoire.",
    );
    expect((await pageIds(english.client, {})).page.edges[0]?.node.message).toBe(
      'You are no longer a member of Observatory.',
    );
  });

  it('marks only the viewer’s own notifications read, counts what changed, and drives the unread badge', async () => {
    const dana = await personWith(3);
    const erin = await personWith(1);
    expect((await dana.client.ok<Page>(BADGE)).notifications.totalCount).toBe(3);

    const marked = await dana.client.ok<{ markNotificationsRead: number }>(MARK_READ, {
      ids: [
        dana.ids[0],
        dana.ids[1],
        dana.ids[1],
        erin.ids[0],
        'not-an-id',
        '00000000-0000-4000-8000-000000000000',
      ],
    });
    expect(marked.markNotificationsRead).toBe(2);
    expect((await dana.client.ok<Page>(BADGE)).notifications.totalCount).toBe(1);
    expect((await pageIds(dana.client, { unreadOnly: true })).ids).toEqual([dana.ids[2]]);
    const all = await pageIds(dana.client, {});
    expect(all.page.totalCount).toBe(3);
    expect(all.page.edges.filter((e) => e.node.readAt !== null)).toHaveLength(2);

    // Already read: nothing changes. Another user's: untouched.
    expect(
      (await dana.client.ok<{ markNotificationsRead: number }>(MARK_READ, { ids: [dana.ids[0]] }))
        .markNotificationsRead,
    ).toBe(0);
    expect((await erin.client.ok<Page>(BADGE)).notifications.totalCount).toBe(1);
  });

  it('refuses more than 100 ids, a bad cursor and a too large page, naming the argument, and changes nothing', async () => {
    const frank = await personWith(1);
    const tooMany = await frank.client.gql(MARK_READ, {
      ids: [frank.ids[0], ...Array.from({ length: 100 }, (_, i) => `id-${i}`)],
    });
    expect(errorCodes(tooMany.errors)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
      { field: 'ids', message: 'At most 100 items.' },
    ]);
    expect((await frank.client.ok<Page>(BADGE)).notifications.totalCount).toBe(1);

    for (const [variables, field] of [
      [{ after: 'bm90IGEgY3Vyc29y' }, 'after'],
      [{ first: 101 }, 'first'],
    ] as const) {
      const result = await frank.client.gql(LIST, variables);
      expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
      expect(
        (result.errors?.[0]?.extensions?.['fieldErrors'] as { field: string }[]).map((e) => e.field),
      ).toEqual([field]);
    }
  });

  it('asks an anonymous caller to sign in', async () => {
    expect(errorCodes((await t.client().gql(LIST, {})).errors)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes((await t.client().gql(MARK_READ, { ids: [] })).errors)).toEqual(['UNAUTHENTICATED']);
  });
});
