import { NotificationBell } from '../../features/notifications/components/NotificationBell';
import { ComponentRoot } from '../ComponentRoot';

/** The notification bell in the shell's header, with the Mantine and i18next it needs. */
export function HeaderBell() {
  return (
    <ComponentRoot>
      <NotificationBell />
    </ComponentRoot>
  );
}
