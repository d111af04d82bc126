import { graphql } from '../../../gql';

// Returns the participants and their count, so the page shows the new ones without a refetch.
export const inviteToConsultationMutation = graphql(`
  mutation InviteToConsultation($consultationId: ID!, $organizationIds: [ID!]!) {
    inviteToConsultation(consultationId: $consultationId, organizationIds: $organizationIds) {
      id
      participantCount
      participants {
        id
        name
        viewerRole
      }
    }
  }
`);
