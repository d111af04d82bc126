/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { AccountErrorReason, ErrorCode } from '@ecw/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderInApp } from '../testing/render-in-app';
import { useSudo } from './sudo-context';
import { SudoGate } from './SudoGate';
import type { SudoCredentials } from './SudoDialog';

const PASSWORD = 'correct horse battery';

function refusal(code: ErrorCode, reason: string, fieldErrors: { field: string; message: string }[] = []) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: `refused: ${reason}`, extensions: { code, reason, fieldErrors } }],
  });
}

/**
 * The server's side of sudo mode, as the API answers: a sudo action is refused with
 * ACCOUNT_SUDO_REQUIRED until `reauthenticate` gets the right password (and code, with two-factor).
 */
function sudoServer({ totp }: { totp?: string } = {}) {
  const server = { inSudo: false, actions: 0, reauthentications: [] as SudoCredentials[] };
  return Object.assign(server, {
    action: async () => {
      if (!server.inSudo) throw refusal(ErrorCode.FORBIDDEN, AccountErrorReason.SUDO_REQUIRED);
      server.actions++;
      return 'token created';
    },
    reauthenticate: async (credentials: SudoCredentials) => {
      server.reauthentications.push(credentials);
      if (credentials.password !== PASSWORD) {
        throw refusal(ErrorCode.BAD_USER_INPUT, AccountErrorReason.PASSWORD_WRONG, [
          { field: 'password', message: 'The password is not correct.' },
        ]);
      }
      if (totp && credentials.totpCode !== totp) {
        throw refusal(ErrorCode.BAD_USER_INPUT, AccountErrorReason.PASSWORD_WRONG, [
          { field: 'totpCode', message: 'The code is not correct.' },
        ]);
      }
      server.inSudo = true;
      return true;
    },
  });
}

function CreateToken({ action }: { action: () => Promise<string> }) {
  const withSudo = useSudo();
  const [outcome, setOutcome] = useState('');
  const run = () =>
    withSudo(action).then(setOutcome, (error: unknown) =>
      setOutcome(CombinedGraphQLErrors.is(error) ? (error.errors[0]?.message ?? '') : 'other'),
    );
  return (
    <>
      <button type="button" onClick={() => void run()}>
        Create token
      </button>
      <output>{outcome}</output>
    </>
  );
}

function renderGate(server: ReturnType<typeof sudoServer>, mfaEnabled = false) {
  return renderInApp(
    <SudoGate mfaEnabled={mfaEnabled} reauthenticate={server.reauthenticate}>
      <CreateToken action={server.action} />
    </SudoGate>,
  );
}

/** The dialog's chunk is fetched the first time sudo is asked for: on a busy machine, more than 1 s. */
function findDialog() {
  return screen.findByRole('dialog', { name: 'Confirm it is you' }, { timeout: 10_000 });
}

describe('the sudo dialog', () => {
  it('asks for the password when the server requires sudo mode, then retries the action once', async () => {
    const server = sudoServer();
    renderGate(server);
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    const dialog = await findDialog();
    expect(within(dialog).queryByLabelText(/authenticator/)).toBeNull();

    await userEvent.type(within(dialog).getByLabelText(/^Password/), 'not my password');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await within(dialog).findByText('The password is not correct.')).toBeTruthy();
    expect(server.actions).toBe(0);

    await userEvent.clear(within(dialog).getByLabelText(/^Password/));
    await userEvent.type(within(dialog).getByLabelText(/^Password/), PASSWORD);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('token created'));
    expect(server.actions).toBe(1);
    expect(server.reauthentications.at(-1)).toEqual({
      password: PASSWORD,
      totpCode: null,
      recoveryCode: null,
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('asks for the second factor too when the account uses one', async () => {
    const server = sudoServer({ totp: '123456' });
    renderGate(server, true);
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    const dialog = await findDialog();
    await userEvent.type(within(dialog).getByLabelText(/^Password/), PASSWORD);
    await userEvent.type(within(dialog).getByLabelText(/authenticator app/), ' 123456 ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('token created'));
    expect(server.reauthentications).toEqual([
      { password: PASSWORD, totpCode: '123456', recoveryCode: null },
    ]);
  });

  it('cancelling leaves everything as it was and reports the original refusal', async () => {
    const server = sudoServer();
    renderGate(server);
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    const dialog = await findDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(`refused: ${AccountErrorReason.SUDO_REQUIRED}`),
    );
    expect(server.actions).toBe(0);
    expect(server.reauthentications).toEqual([]);
  });

  it('lets other refusals through without asking', async () => {
    renderGate({
      ...sudoServer(),
      action: () => Promise.reject(refusal(ErrorCode.NOT_FOUND, 'CORE_NOT_FOUND')),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('refused: CORE_NOT_FOUND'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
