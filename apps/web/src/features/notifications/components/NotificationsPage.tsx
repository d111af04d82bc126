import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@ecw/domain';
import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { PageHeader } from '../../../ui/PageHeader';
import { ItemList } from '../../../ui/list/ItemList';
import { ListState } from '../../../ui/list/ListState';
import { LoadMoreButton } from '../../../ui/list/LoadMoreButton';
import { notificationsQuery } from '../graphql/notifications.query';
import { useMarkNotificationsRead } from '../hooks/useMarkNotificationsRead';
import { useUnreadNotificationCount } from '../hooks/useUnreadNotificationCount';
import { NotificationItem } from './NotificationItem';

export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const { data, loading, error, fetchMore } = useQuery(notificationsQuery, {
    variables: { first: LIMITS.pageSizeDefault },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const unread = useUnreadNotificationCount();
  const marking = useMarkNotificationsRead();
  const connection = data?.notifications;

  return (
    <Stack>
      <PageHeader title={t('notifications.title')}>
        <Button
          variant="default"
          disabled={unread === 0}
          loading={marking.loading}
          onClick={() => void marking.markAllRead()}
        >
          {t('notifications.markAllRead')}
        </Button>
      </PageHeader>
      <ListState
        loaded={Boolean(connection)}
        loading={loading}
        problem={readGraphQLProblem(error ?? marking.error)}
        isEmpty={connection?.edges.length === 0}
        emptyText={t('notifications.empty')}
      >
        {connection && (
          <>
            <ItemList label={t('notifications.listLabel')}>
              {connection.edges.map(({ node }) => (
                <NotificationItem
                  key={node.id}
                  notification={node}
                  onMarkRead={(id) => void marking.markRead([id])}
                />
              ))}
            </ItemList>
            <LoadMoreButton pageInfo={connection.pageInfo} loading={loading} fetchMore={fetchMore} />
          </>
        )}
      </ListState>
    </Stack>
  );
}
