import { graphql } from '../../../gql';

export const notificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      ...NotificationItem_notification
    }
  }
`);
