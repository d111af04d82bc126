import { useQuery } from '@apollo/client/react';
import { unreadNotificationCountQuery } from '../graphql/unread-notification-count.query';

export function useUnreadNotificationCount(): number {
  const { data } = useQuery(unreadNotificationCountQuery);
  return data?.notifications.totalCount ?? 0;
}
