import { graphql } from '../../../gql';

// The consultation comes back with what changed: Apollo's cache updates the page without a refetch.
export const consultationEventsSubscription = graphql(`
  subscription ConsultationEvents($consultationId: ID!) {
    consultationEvents(consultationId: $consultationId) {
      kind
      consultation {
        id
        status
        outcome {
          summary
          publishedAt
        }
      }
    }
  }
`);
