import { useApolloClient, useMutation } from '@apollo/client/react';
import { LIMITS } from '@ecw/domain';
import { useState } from 'react';
import { settleMutation } from '../../../errors/settle-mutation';
import { markNotificationsReadMutation } from '../graphql/mark-notifications-read.mutation';
import { notificationsQuery } from '../graphql/notifications.query';
import { unreadNotificationCountQuery } from '../graphql/unread-notification-count.query';
import { unreadNotificationIdsQuery } from '../graphql/unread-notification-ids.query';

// A guard against looping forever if the server keeps reporting unread notifications.
const MAX_ROUNDS = 50;

export interface MarkNotificationsRead {
  markRead: (ids: string[]) => Promise<void>;
  markAllRead: () => Promise<void>;
  loading: boolean;
  error: unknown;
}

export function useMarkNotificationsRead(): MarkNotificationsRead {
  const client = useApolloClient();
  const [markingAll, setMarkingAll] = useState(false);
  const [readError, setReadError] = useState<unknown>(null);
  // The mutation returns only a count, so the list and the badge are read again.
  const [mutate, { loading, error }] = useMutation(markNotificationsReadMutation, {
    refetchQueries: [notificationsQuery, unreadNotificationCountQuery],
    awaitRefetchQueries: true,
  });

  const markRead = async (ids: string[]) => {
    if (ids.length > 0) await settleMutation(mutate({ variables: { ids } }));
  };

  const markAllRead = async () => {
    setMarkingAll(true);
    setReadError(null);
    try {
      for (let round = 0; round < MAX_ROUNDS; round += 1) {
        const { data } = await client.query({
          query: unreadNotificationIdsQuery,
          variables: { first: LIMITS.pageSizeMax },
          // Not cached: this page of ids would otherwise replace the badge's cached count.
          fetchPolicy: 'no-cache',
        });
        const ids = data?.notifications.edges.map((edge) => edge.node.id) ?? [];
        if (ids.length === 0) break;
        const result = await settleMutation(mutate({ variables: { ids } }));
        if (!result?.data?.markNotificationsRead) break;
      }
    } catch (failure) {
      setReadError(failure);
    } finally {
      setMarkingAll(false);
    }
  };

  return { markRead, markAllRead, loading: loading || markingAll, error: error ?? readError };
}
