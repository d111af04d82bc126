import type { OrganizationKind } from '@ecw/domain';
import { useTranslation } from 'react-i18next';

export function KindLabel({ kind }: { kind: OrganizationKind }) {
  const { t } = useTranslation('organizations');
  return <>{t(`organizations.kinds.${kind}`)}</>;
}
