import { graphql } from '../../../gql';

export const receivedInvitationsQuery = graphql(`
  query ReceivedInvitations {
    receivedInvitations(first: 100) {
      id
      organizationName
      role
      expiresAt
    }
  }
`);
