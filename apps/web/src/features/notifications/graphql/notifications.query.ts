import { graphql } from '../../../gql';

export const notificationsQuery = graphql(`
  query Notifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          message
          link
          createdAt
          readAt
        }
      }
    }
  }
`);
