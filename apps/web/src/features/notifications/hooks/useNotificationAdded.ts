import { useApolloClient, useSubscription } from '@apollo/client/react';
import { notificationAddedSubscription } from '../graphql/notification-added.subscription';
import { notificationsQuery } from '../graphql/notifications.query';
import { unreadNotificationCountQuery } from '../graphql/unread-notification-count.query';

/**
 * Keeps the unread count and any notification list on screen live. Each event is only a
 * nudge to read again from the server, which stays the source of truth even when an
 * event is lost (pub/sub is at-most-once). Mounted once, by the header's bell.
 */
export function useNotificationAdded(): void {
  const client = useApolloClient();
  useSubscription(notificationAddedSubscription, {
    onData: () => {
      // A failed refetch shows up in the query's own error state, so nothing to do here.
      client
        .refetchQueries({ include: [unreadNotificationCountQuery, notificationsQuery] })
        .catch(() => undefined);
    },
  });
}
