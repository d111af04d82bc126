/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '@ecw/domain';
import { screen } from '@testing-library/react';
import { renderInApp } from '../testing/render-in-app';
import type { GraphQLProblem } from './graphql-problem';
import { ProblemAlert } from './ProblemAlert';

function problem(code: ErrorCode | null, message: string): GraphQLProblem {
  return { code, reason: null, message, fieldErrors: [], retryAfterSeconds: null };
}

describe('ProblemAlert', () => {
  it('titles a refusal the server explains as refused, with its reason', () => {
    renderInApp(
      <ProblemAlert
        problem={problem(ErrorCode.CONFLICT, 'Not every co-author has signed the latest version yet.')}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This could not be done');
    expect(alert.textContent).toContain('Not every co-author has signed the latest version yet.');
    expect(alert.textContent).not.toContain('Something went wrong');
  });

  it('titles a failure of the server or the network as something that went wrong', () => {
    renderInApp(
      <ProblemAlert problem={problem(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal error (id 42).')} />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong');
  });

  it('says the server could not be reached when there is no answer at all', () => {
    renderInApp(<ProblemAlert problem={problem(null, '')} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Something went wrong');
    expect(alert.textContent).toContain('The server could not be reached.');
  });
});
