import { graphql } from '../../../gql';

export const notificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
      message
      link
      createdAt
      readAt
    }
  }
`);
