import { graphql } from '../../../gql';

export const reviewEventsSubscription = graphql(`
  subscription ReviewEvents($reportId: ID!) {
    reviewEvents(reportId: $reportId) {
      kind
      report {
        id
      }
    }
  }
`);
