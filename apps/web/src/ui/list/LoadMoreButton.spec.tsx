/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { makeFragmentData } from '../../gql';
import { renderInApp } from '../../testing/render-in-app';
import { LoadMoreButton, LoadMoreButtonFragment } from './LoadMoreButton';

const pageInfo = (hasNextPage: boolean, endCursor: string) =>
  makeFragmentData({ __typename: 'PageInfo', hasNextPage, endCursor }, LoadMoreButtonFragment);

/** A list of `total` rows shown 20 at a time: each page arrives when `release` is called. */
function PagedList({ total, onRequest }: { total: number; onRequest: (release: () => void) => void }) {
  const [shown, setShown] = useState(20);
  return (
    <LoadMoreButton
      pageInfo={pageInfo(shown < total, `cursor-${shown}`)}
      loading={false}
      count={{ shown, total }}
      fetchMore={() =>
        new Promise<void>((resolve) =>
          onRequest(() => {
            setShown((before) => Math.min(before + 20, total));
            resolve();
          }),
        )
      }
    />
  );
}

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
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('keeps the focus while a page loads, asks once, and says how much is shown', async () => {
    const pending: (() => void)[] = [];
    renderInApp(<PagedList total={45} onRequest={(release) => pending.push(release)} />);
    expect(screen.getByRole('status').textContent).toBe('Showing 20 of 45');
    const button = screen.getByRole('button', { name: 'Load more' });

    await userEvent.click(button);
    await userEvent.click(button);
    expect(pending).toHaveLength(1);
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);

    pending[0]?.();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Showing 40 of 45'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Load more' }));
  });

  it('moves the focus to the closing line when the last page takes the button away', async () => {
    renderInApp(<PagedList total={30} onRequest={(release) => release()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(screen.queryByRole('button')).toBeNull());
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Showing 30 of 30');
    expect(document.activeElement).toBe(status);
  });

  it('without a count, says only that everything is shown once the reader got to the end', async () => {
    function Unknown() {
      const [more, setMore] = useState(true);
      return (
        <LoadMoreButton
          pageInfo={pageInfo(more, 'cursor-20')}
          loading={false}
          fetchMore={async () => setMore(false)}
        />
      );
    }
    renderInApp(<Unknown />);
    expect(screen.queryByRole('status')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('status')));
    expect(screen.getByRole('status').textContent).toBe('Everything is shown.');
  });
});
