import { graphql } from '../../../gql';

// The consultation comes back with what changed: Apollo's cache updates the page without a refetch.
// A withdrawn brief comes as its id only (the viewer may no longer read it): the page reads again.
export const consultationEventsSubscription = graphql(`
  subscription ConsultationEvents($consultationId: ID!) {
    consultationEvents(consultationId: $consultationId) {
      kind
      briefId
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
