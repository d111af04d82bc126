import { useMutation } from '@apollo/client/react';
import { readGraphQLProblem, type GraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import type { SignUpInput } from '../../../gql/graphql';
import { useSessionReset } from '../../../viewer/hooks/useSessionReset';
import { signUpMutation } from '../graphql/sign-up.mutation';

export function useSignUp(): {
  signUp: (input: SignUpInput) => Promise<boolean>;
  loading: boolean;
  problem: GraphQLProblem | null;
} {
  const [mutate, { loading, error }] = useMutation(signUpMutation);
  const resetSession = useSessionReset();

  const signUp = async (input: SignUpInput) => {
    const result = await settleMutation(mutate({ variables: { input } }));
    if (!result?.data) return false;
    await resetSession();
    return true;
  };

  return { signUp, loading, problem: readGraphQLProblem(error) };
}
