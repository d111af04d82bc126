import { OrganizationKind } from '@ecw/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export function useKindOptions(): { value: OrganizationKind; label: string }[] {
  const { t } = useTranslation('organizations');
  return useMemo(
    () =>
      Object.values(OrganizationKind).map((kind) => ({
        value: kind,
        label: t(`organizations.kinds.${kind}`),
      })),
    [t],
  );
}
