import type { MembershipRole } from '@ecw/domain';
import { useTranslation } from 'react-i18next';

export function RoleLabel({ role }: { role: MembershipRole }) {
  const { t } = useTranslation('organizations');
  return <>{t(`organizations.roles.${role}`)}</>;
}
