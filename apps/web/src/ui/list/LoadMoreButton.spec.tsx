/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInApp } from '../../testing/render-in-app';
import { LoadMoreButton } from './LoadMoreButton';

describe('LoadMoreButton', () => {
  it('asks for the page after the last cursor', async () => {
    const requested: unknown[] = [];
    renderInApp(
      <LoadMoreButton
        pageInfo={{ hasNextPage: true, endCursor: 'cursor-20' }}
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
        pageInfo={{ hasNextPage: false, endCursor: 'cursor-40' }}
        loading={false}
        fetchMore={() => Promise.resolve()}
      />,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
