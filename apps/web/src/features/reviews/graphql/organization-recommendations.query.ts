import { graphql } from '../../../gql';

export const organizationRecommendationsQuery = graphql(`
  query OrganizationRecommendations($organizationId: ID!, $after: String) {
    organizationRecommendations(organizationId: $organizationId, first: 50, after: $after) {
      edges {
        node {
          id
          text
          status
          dueOn
          report {
            id
            title
          }
        }
      }
      pageInfo {
        ...LoadMoreButton_pageInfo
      }
    }
  }
`);
