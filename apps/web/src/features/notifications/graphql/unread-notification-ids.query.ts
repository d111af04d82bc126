import { graphql } from '../../../gql';

// "Mark all read" needs the ids: the API marks notifications by id only.
export const unreadNotificationIdsQuery = graphql(`
  query UnreadNotificationIds($first: Int) {
    notifications(unreadOnly: true, first: $first) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);
