/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '@ecw/domain';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GraphQLProblem } from '../../../errors/graphql-problem';
import { renderInApp } from '../../../testing/render-in-app';
import { PasswordStep } from './PasswordStep';

const wrongPassword: GraphQLProblem = {
  code: ErrorCode.UNAUTHENTICATED,
  reason: null,
  message: 'The e-mail address or the password is wrong.',
  fieldErrors: [{ field: 'input.password', message: 'The e-mail address or the password is wrong.' }],
  retryAfterSeconds: null,
};

describe('the sign-in password step', () => {
  it('sends the trimmed address and the password as typed', async () => {
    const sent: [string, string][] = [];
    renderInApp(
      <PasswordStep
        loading={false}
        problem={null}
        onSubmit={async (email, password) => void sent.push([email, password])}
      />,
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Email/ }), '  ada@example.org ');
    await userEvent.type(screen.getByLabelText(/^Password/), ' secret with spaces ');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(sent).toEqual([['ada@example.org', ' secret with spaces ']]);
  });

  it("shows the server's refusal under the password field", () => {
    renderInApp(<PasswordStep loading={false} problem={wrongPassword} onSubmit={async () => undefined} />);
    const password = screen.getByLabelText(/^Password/);
    const describedBy = (password.getAttribute('aria-describedby') ?? '').split(/\s+/);
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain(
      wrongPassword.message,
    );
    // UNAUTHENTICATED is not a field-only problem: the alert explains it too.
    expect(screen.getByRole('alert').textContent).toContain(wrongPassword.message);
  });
});
