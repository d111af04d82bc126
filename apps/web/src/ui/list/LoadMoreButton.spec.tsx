/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../gql';
import { renderInApp } from '../../testing/render-in-app';
import { LoadMoreButton, LoadMoreButtonFragment } from './LoadMoreButton';

const pageInfo = (hasNextPage: boolean, endCursor: string) =>
  makeFragmentData({ __typename: 'PageInfo', hasNextPage, endCursor }, LoadMoreButtonFragment);

describe('LoadMoreButton', () => {
  it('asks for the page after the last cursor', async () => {
    const requested: unknown[] = [];
    renderInApp(
      <LoadMoreButton
        pageInfo={pageInfo(true, 'cursor-20')}
        loading={false}
        fetchMore={async (options) => {
          requested.push(options);
        }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(requested).toEqual([{ variables: { after: 'cursor-20' } }]);
  });

  it('is gone once the last page is there', () => {
    renderInApp(
      <LoadMoreButton
        pageInfo={pageInfo(false, 'cursor-40')}
        loading={false}
        fetchMore={() => Promise.resolve()}
      />,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
