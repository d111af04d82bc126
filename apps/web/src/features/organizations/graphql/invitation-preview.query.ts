import { graphql } from '../../../gql';

export const invitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      organizationName
      role
      email
      expiresAt
    }
  }
`);
