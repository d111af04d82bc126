import { graphql } from '../../../gql';

export const briefEventsSubscription = graphql(`
  subscription BriefEvents($consultationId: ID!) {
    briefEvents(consultationId: $consultationId) {
      kind
      brief {
        id
      }
    }
  }
`);
