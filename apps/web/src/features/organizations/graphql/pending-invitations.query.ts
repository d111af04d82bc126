import { graphql } from '../../../gql';

export const pendingInvitationsQuery = graphql(`
  query PendingInvitations($organizationId: ID!) {
    pendingInvitations(organizationId: $organizationId) {
      id
      ...PendingInvitationList_invitation
    }
  }
`);
