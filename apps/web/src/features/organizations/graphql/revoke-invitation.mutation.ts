import { graphql } from '../../../gql';

export const revokeInvitationMutation = graphql(`
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input)
  }
`);
