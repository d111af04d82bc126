/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInApp } from '../testing/render-in-app';
import { ConfirmButton } from './ConfirmButton';

function revokeButton(onConfirm: () => Promise<unknown>) {
  return (
    <ConfirmButton
      aria-label="Revoke CI deploy"
      title="Revoke this token?"
      message="Scripts using CI deploy stop working."
      confirmLabel="Revoke token"
      onConfirm={onConfirm}
    >
      Revoke
    </ConfirmButton>
  );
}

describe('ConfirmButton', () => {
  it('does nothing until the dialog is confirmed', async () => {
    let confirmed = 0;
    renderInApp(revokeButton(async () => void confirmed++));
    await userEvent.click(screen.getByRole('button', { name: 'Revoke CI deploy' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke this token?' });
    expect(dialog.textContent).toContain('Scripts using CI deploy stop working.');
    expect(confirmed).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'Revoke token' }));
    expect(confirmed).toBe(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('cancels without acting', async () => {
    let confirmed = 0;
    renderInApp(revokeButton(async () => void confirmed++));
    await userEvent.click(screen.getByRole('button', { name: 'Revoke CI deploy' }));
    await screen.findByRole('dialog');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(confirmed).toBe(0);
  });
});
