import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { toInAppPath } from '../../../routing/in-app-path';
import { DateTimeText } from '../../../ui/DateTimeText';

const NotificationItemFragment = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    kind
    message
    link
    createdAt
    readAt
  }
`);

interface NotificationItemProps {
  notification: FragmentType<typeof NotificationItemFragment>;
  onMarkRead: (id: string) => void;
}

export function NotificationItem({ onMarkRead, ...props }: NotificationItemProps) {
  const notification = getFragmentData(NotificationItemFragment, props.notification);
  const { t } = useTranslation('notifications');
  const unread = notification.readAt === null;
  const link = toInAppPath(notification.link);
  const messageId = `notification-${notification.id}`;

  return (
    <Paper component="li" withBorder p="md" bg={unread ? 'var(--mantine-color-indigo-0)' : undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} miw={0}>
          <Group gap="xs">
            {unread && (
              <Badge color="indigo" variant="light" size="sm">
                {t('notifications.unread')}
              </Badge>
            )}
            <Text size="sm" c="dimmed">
              <DateTimeText value={notification.createdAt} />
            </Text>
          </Group>
          {link ? (
            // Following a notification is reading it.
            <Anchor
              component={Link}
              to={link}
              id={messageId}
              onClick={() => unread && onMarkRead(notification.id)}
            >
              {notification.message}
            </Anchor>
          ) : (
            <Text id={messageId}>{notification.message}</Text>
          )}
        </Stack>
        {unread && (
          <Button
            size="xs"
            variant="default"
            // A two-line message squeezed the button down to "Mark as re": the message wraps instead.
            style={{ flexShrink: 0 }}
            aria-describedby={messageId}
            onClick={() => onMarkRead(notification.id)}
          >
            {t('notifications.markRead')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
