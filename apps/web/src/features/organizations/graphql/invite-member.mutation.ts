import { graphql } from '../../../gql';

export const inviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      expiresAt
      acceptToken
    }
  }
`);
