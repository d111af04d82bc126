import { describe, expect, it } from '@jest/globals';
import { InMemoryCache, gql } from '@apollo/client';
import { connectionPagination, oneAtATime, reloadLoadedRows, type PageRead } from './pagination';

const LIST = gql`
  query List($after: String) {
    things(first: 2, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
        }
      }
    }
  }
`;

interface ListData {
  things: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean } };
}

function page(ids: string[], hasNextPage: boolean) {
  return {
    things: {
      __typename: 'ThingConnection',
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: `c-${ids.at(-1)}` },
      edges: ids.map((id) => ({
        __typename: 'ThingEdge',
        cursor: `c-${id}`,
        node: { __typename: 'Thing', id },
      })),
    },
  };
}

function cache() {
  return new InMemoryCache({ typePolicies: { Query: { fields: { things: connectionPagination() } } } });
}

const idsIn = (c: InMemoryCache) =>
  c.readQuery<ListData>({ query: LIST })?.things.edges.map(({ node }) => node.id);

describe('connectionPagination', () => {
  it('appends the page after its cursor and replaces the list with a first page', () => {
    const c = cache();
    c.writeQuery({ query: LIST, data: page(['a', 'b'], true) });
    c.writeQuery({ query: LIST, variables: { after: 'c-b' }, data: page(['c', 'd'], false) });
    expect(idsIn(c)).toEqual(['a', 'b', 'c', 'd']);

    c.writeQuery({ query: LIST, data: page(['a', 'c'], true) });
    expect(idsIn(c)).toEqual(['a', 'c']);
  });

  it('lists a row once when a page lands after a cursor the list no longer has', () => {
    const c = cache();
    // Read again (b was withdrawn) while the page after b was on its way.
    c.writeQuery({ query: LIST, data: page(['a', 'c', 'd'], true) });
    c.writeQuery({ query: LIST, variables: { after: 'c-b' }, data: page(['c', 'd', 'e'], false) });
    expect(idsIn(c)).toEqual(['a', 'c', 'd', 'e']);
  });
});

describe('reloadLoadedRows', () => {
  /** A server list of `total` rows; records what was asked. */
  function server(total: number) {
    const asked: [number, string | null][] = [];
    const readPage = async (first: number, after: string | null): Promise<PageRead> => {
      asked.push([first, after]);
      const start = after === null ? 0 : Number(after);
      const end = Math.min(start + first, total);
      return { hasNextPage: end < total, endCursor: String(end) };
    };
    return { asked, readPage };
  }

  it('reads the rows on screen again in one request when they fit in one page', async () => {
    const { asked, readPage } = server(100);
    await reloadLoadedRows({ loaded: 60, reachedEnd: false }, 20, readPage);
    expect(asked).toEqual([[60, null]]);
  });

  it('reads at least a first page, and more than the largest page in several', async () => {
    const small = server(100);
    await reloadLoadedRows({ loaded: 0, reachedEnd: false }, 20, small.readPage);
    expect(small.asked).toEqual([[20, null]]);

    const large = server(500);
    await reloadLoadedRows({ loaded: 240, reachedEnd: false }, 20, large.readPage);
    expect(large.asked).toEqual([
      [100, null],
      [100, '100'],
      [40, '200'],
    ]);
  });

  it('reads on to the new end when the reader had reached the end', async () => {
    const { asked, readPage } = server(161);
    await reloadLoadedRows({ loaded: 160, reachedEnd: true }, 20, readPage);
    expect(asked).toEqual([
      [100, null],
      [100, '100'],
    ]);
  });
});

describe('oneAtATime', () => {
  it('folds the calls made while it runs into one more run', async () => {
    const releases: (() => void)[] = [];
    const run = oneAtATime(() => new Promise<void>((resolve) => releases.push(resolve)));
    run();
    run();
    run();
    expect(releases).toHaveLength(1);
    releases[0]?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(releases).toHaveLength(2);
    releases[1]?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(releases).toHaveLength(2);
  });
});
