/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInApp } from '../../../testing/render-in-app';
import { createCalendarFeedMutation } from '../graphql/create-calendar-feed.mutation';
import { revokeCalendarFeedMutation } from '../graphql/revoke-calendar-feed.mutation';
import { CalendarFeedPanel } from './CalendarFeedPanel';

const URL = 'https://workspace.example/calendar/cal_secret123.ics';

describe('the calendar feed panel', () => {
  it('creates a feed, shows its address once with a warning, copies it, and revokes it once confirmed', async () => {
    const user = userEvent.setup();
    let revoked = 0;
    renderInApp(
      <MockedProvider
        mocks={[
          {
            request: {
              query: createCalendarFeedMutation,
              variables: { input: { electionId: 'election-1' } },
            },
            result: { data: { createCalendarFeed: { __typename: 'CalendarFeed', id: 'feed-1', url: URL } } },
          },
          {
            request: { query: revokeCalendarFeedMutation, variables: { input: { id: 'feed-1' } } },
            result: () => {
              revoked++;
              return { data: { revokeCalendarFeed: true } };
            },
          },
        ]}
        showWarnings={false}
      >
        <CalendarFeedPanel scope={{ electionId: 'election-1' }} />
      </MockedProvider>,
    );
    const panel = screen.getByRole('region', { name: 'Calendar feed' });
    await user.click(within(panel).getByRole('button', { name: 'Create a private feed' }));

    const address = (await within(panel).findByRole('textbox', { name: 'Feed address' })) as HTMLInputElement;
    expect(address.value).toBe(URL);
    expect(panel.textContent).toContain('It is shown only once');
    expect(within(panel).queryByRole('button', { name: 'Create a private feed' })).toBeNull();

    await user.click(within(panel).getByRole('button', { name: 'Copy address' }));
    expect(await navigator.clipboard.readText()).toBe(URL);

    await user.click(within(panel).getByRole('button', { name: 'Revoke feed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke this feed?' });
    expect(revoked).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Revoke the feed' }));

    expect(await within(panel).findByText('The feed is revoked: its address no longer works.')).toBeTruthy();
    expect(revoked).toBe(1);
    expect(within(panel).queryByRole('textbox', { name: 'Feed address' })).toBeNull();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
