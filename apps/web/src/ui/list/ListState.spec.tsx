/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '@ecw/domain';
import { screen } from '@testing-library/react';
import { renderInApp } from '../../testing/render-in-app';
import { ListState } from './ListState';

const rows = <p>the rows</p>;

describe('ListState', () => {
  it('shows a spinner, named for screen readers, while the first page loads', () => {
    renderInApp(
      <ListState loaded={false} loading problem={null} isEmpty={false}>
        {rows}
      </ListState>,
    );
    expect(screen.getByRole('status', { name: 'Loading…' })).toBeTruthy();
    expect(screen.queryByText('the rows')).toBeNull();
  });

  it('keeps the rows on screen while a refetch runs', () => {
    renderInApp(
      <ListState loaded loading problem={null} isEmpty={false}>
        {rows}
      </ListState>,
    );
    expect(screen.getByText('the rows')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says so when the list is empty', () => {
    renderInApp(
      <ListState loaded loading={false} problem={null} isEmpty emptyText="No tokens yet.">
        {rows}
      </ListState>,
    );
    expect(screen.getByText('No tokens yet.')).toBeTruthy();
    expect(screen.queryByText('the rows')).toBeNull();
  });

  it("explains a failure in the server's words, above what it can still show", () => {
    renderInApp(
      <ListState
        loaded
        loading={false}
        isEmpty={false}
        problem={{
          code: ErrorCode.FORBIDDEN,
          reason: null,
          message: 'You may not do that.',
          fieldErrors: [],
          retryAfterSeconds: null,
        }}
      >
        {rows}
      </ListState>,
    );
    expect(screen.getByRole('alert').textContent).toContain('You may not do that.');
    expect(screen.getByText('the rows')).toBeTruthy();
  });
});
