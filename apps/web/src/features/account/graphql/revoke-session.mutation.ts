import { graphql } from '../../../gql';

export const revokeSessionMutation = graphql(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input)
  }
`);
