import { MembershipRole } from '@ecw/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export function useRoleOptions(): { value: MembershipRole; label: string }[] {
  const { t } = useTranslation('organizations');
  return useMemo(
    () =>
      Object.values(MembershipRole).map((role) => ({ value: role, label: t(`organizations.roles.${role}`) })),
    [t],
  );
}
