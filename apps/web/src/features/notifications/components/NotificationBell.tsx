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
      >
        {t('notifications.bell.short')}
        {count > 0 && (
          // The badge sits in the label, after a space, so the visible text reads "Notifications 1"
          // and is part of the accessible name "Notifications, 1 unread" (WCAG 2.5.3: speech users
          // say what they see). In the label's flex row the space takes no room; the margin keeps
          // the gap the button's section had.
          <>
            {' '}
            <Badge
              color="red"
              variant="filled"
              size="sm"
              circle={count < 10}
              ms="xs"
              data-testid="unread-count"
              aria-hidden="true"
            >
              {count}
            </Badge>
          </>
        )}
      </Button>
      {/* Announces new unread notifications without moving focus. */}
      <VisuallyHidden role="status" aria-live="polite">
        {count > 0 ? label : ''}
      </VisuallyHidden>
    </>
  );
}
