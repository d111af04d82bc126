import { graphql } from '../../../gql';

export const signUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      me {
        user {
          id
        }
      }
    }
  }
`);
