import { graphql } from '../../../gql';

export const acceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      role
      organization {
        id
      }
    }
  }
`);
