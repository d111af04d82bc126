/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInApp } from '../../../testing/render-in-app';
import { ParticipantList } from './ParticipantList';

const PARTICIPANTS = [
  { id: 'org-1', name: 'Northern Monitors' },
  { id: 'org-2', name: 'Coast Watch' },
];

describe('the invited organisations', () => {
  it('removes one only after the convenor confirms, naming it', async () => {
    const removed: string[] = [];
    renderInApp(
      <ParticipantList
        participants={PARTICIPANTS}
        onRemove={async (id) => {
          removed.push(id);
        }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Remove Coast Watch' }));
    // The dialog's content renders once Mantine's opening transition has begun.
    expect(await screen.findByText(/Coast Watch will lose access to this consultation at once/)).toBeTruthy();
    expect(removed).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Remove the organisation' }));
    await waitFor(() => expect(removed).toEqual(['org-2']));
  });

  it('cancelling removes nothing', async () => {
    const removed: string[] = [];
    renderInApp(
      <ParticipantList
        participants={PARTICIPANTS}
        onRemove={async (id) => {
          removed.push(id);
        }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Remove Northern Monitors' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(removed).toEqual([]);
  });

  it('shows names only, with no remove control, to anyone who may not remove (and in Arabic)', () => {
    renderInApp(<ParticipantList participants={PARTICIPANTS} />, { language: 'ar' });
    expect(screen.getByText('Northern Monitors')).toBeTruthy();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
