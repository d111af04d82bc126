import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from '@jest/globals';
import { AccountErrorReason, ErrorCode, OrganizationErrorReason } from '@ecw/domain';
import { readGraphQLProblem } from './graphql-problem';

function answer(extensions: Record<string, unknown>, message = 'Refused.') {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

describe('readGraphQLProblem', () => {
  it("keeps any feature's reason, typed from @ecw/domain", () => {
    expect(readGraphQLProblem(answer({ code: 'CONFLICT', reason: 'ORGANIZATION_LAST_OWNER' }))?.reason).toBe(
      OrganizationErrorReason.LAST_OWNER,
    );
    expect(readGraphQLProblem(answer({ code: 'BAD_USER_INPUT', reason: 'MFA_REQUIRED' }))?.reason).toBe(
      AccountErrorReason.MFA_REQUIRED,
    );
  });

  it('reads a reason no feature declares as none, rather than trusting it', () => {
    expect(readGraphQLProblem(answer({ code: 'CONFLICT', reason: 'SOMETHING_NEW' }))?.reason).toBeNull();
  });

  it('keeps the whole path of every field error', () => {
    const problem = readGraphQLProblem(
      answer({
        code: 'BAD_USER_INPUT',
        fieldErrors: [
          { field: 'contacts.2.phone', message: 'Enter a phone number.' },
          { field: 'input.name', message: 'Too long.' },
          { field: 7, message: 'not a field error' },
        ],
      }),
    );
    expect(problem?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(problem?.fieldErrors).toEqual([
      { field: 'contacts.2.phone', message: 'Enter a phone number.' },
      { field: 'input.name', message: 'Too long.' },
    ]);
  });

  it('reads a failure without a GraphQL answer as a network problem', () => {
    expect(readGraphQLProblem(new Error('Failed to fetch'))).toEqual({
      code: null,
      reason: null,
      message: '',
      fieldErrors: [],
      retryAfterSeconds: null,
    });
    expect(readGraphQLProblem(undefined)).toBeNull();
  });
});
