import { useMutation } from '@apollo/client/react';
import { AccountErrorReason } from '@ecw/domain';
import { readGraphQLProblem, type GraphQLProblem } from '../../../errors/graphql-problem';
import type { SignInInput } from '../../../gql/graphql';
import { useSessionReset } from '../../../viewer/hooks/useSessionReset';
import { signInMutation } from '../graphql/sign-in.mutation';

export type SignInOutcome = 'signed-in' | 'second-factor-required' | 'failed';

export interface SignIn {
  signIn: (input: SignInInput) => Promise<SignInOutcome>;
  loading: boolean;
  problem: GraphQLProblem | null;
  clearProblem: () => void;
}

export function useSignIn(): SignIn {
  const [mutate, { loading, error, reset }] = useMutation(signInMutation);
  const resetSession = useSessionReset();

  const signIn = async (input: SignInInput): Promise<SignInOutcome> => {
    try {
      await mutate({ variables: { input } });
    } catch (failure) {
      // The account has two-factor authentication and no code was sent yet.
      return readGraphQLProblem(failure)?.reason === AccountErrorReason.MFA_REQUIRED &&
        !input.totpCode &&
        !input.recoveryCode
        ? 'second-factor-required'
        : 'failed';
    }
    await resetSession();
    return 'signed-in';
  };

  return { signIn, loading, problem: readGraphQLProblem(error), clearProblem: reset };
}
