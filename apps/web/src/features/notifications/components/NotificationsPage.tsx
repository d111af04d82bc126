import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@ecw/domain';
import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
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

  const loadMore = () => {
    if (connection?.pageInfo.endCursor)
      void fetchMore({ variables: { after: connection.pageInfo.endCursor } });
  };

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
      <ProblemAlert problem={readGraphQLProblem(error ?? marking.error)} />
      {!connection && loading ? (
        <PageLoader />
      ) : connection && connection.edges.length > 0 ? (
        <>
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('notifications.listLabel')}
          >
            {connection.edges.map(({ node }) => (
              <NotificationItem
                key={node.id}
                notification={node}
                onMarkRead={(id) => void marking.markRead([id])}
              />
            ))}
          </Stack>
          <LoadMoreButton
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={loading}
            onLoadMore={loadMore}
          />
        </>
      ) : (
        <Text>{t('notifications.empty')}</Text>
      )}
    </Stack>
  );
}
