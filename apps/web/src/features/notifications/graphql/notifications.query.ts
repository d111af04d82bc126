import { graphql } from '../../../gql';

export const notificationsQuery = graphql(`
  query Notifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...LoadMoreButton_pageInfo
      }
      edges {
        cursor
        node {
          id
          ...NotificationItem_notification
        }
      }
    }
  }
`);
