import { graphql } from '../../../gql';

export const acceptReceivedInvitationMutation = graphql(`
  mutation AcceptReceivedInvitation($input: AcceptReceivedInvitationInput!) {
    acceptReceivedInvitation(input: $input) {
      id
      organization {
        id
      }
    }
  }
`);
