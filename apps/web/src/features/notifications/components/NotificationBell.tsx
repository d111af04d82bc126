import { Badge, Button, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNotificationAdded } from '../hooks/useNotificationAdded';
import { useUnreadNotificationCount } from '../hooks/useUnreadNotificationCount';
import { BellIcon } from './BellIcon';

export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const count = useUnreadNotificationCount();
  useNotificationAdded();
  const label = count > 0 ? t('notifications.bell.unread', { count }) : t('notifications.bell.none');

  return (
    <>
      <Button
        component={Link}
        to="/notifications"
        variant="default"
        aria-label={label}
        leftSection={<BellIcon />}
        rightSection={
          count > 0 ? (
            <Badge
              color="red"
              variant="filled"
              size="sm"
              circle={count < 10}
              data-testid="unread-count"
              aria-hidden="true"
            >
              {count}
            </Badge>
          ) : null
        }
      >
        {t('notifications.bell.short')}
      </Button>
      {/* Announces new unread notifications without moving focus. */}
      <VisuallyHidden role="status" aria-live="polite">
        {count > 0 ? label : ''}
      </VisuallyHidden>
    </>
  );
}
