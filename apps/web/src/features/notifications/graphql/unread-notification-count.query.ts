import { graphql } from '../../../gql';

// The badge needs only the count: one notification is the smallest page there is.
export const unreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    notifications(unreadOnly: true, first: 1) {
      totalCount
    }
  }
`);
