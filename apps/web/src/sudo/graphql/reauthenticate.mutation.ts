import { graphql } from '../../gql';

export const reauthenticateMutation = graphql(`
  mutation Reauthenticate($input: ReauthenticateInput!) {
    reauthenticate(input: $input)
  }
`);
