import { graphql } from '../../../gql';

// Returns the participants and their count, so the page drops the removed one without a refetch.
export const removeConsultationParticipantMutation = graphql(`
  mutation RemoveConsultationParticipant($input: RemoveConsultationParticipantInput!) {
    removeConsultationParticipant(input: $input) {
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
