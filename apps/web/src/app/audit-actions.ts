import { useTranslation } from 'react-i18next';
import { FEATURES } from './features';

const OWNERS = FEATURES.filter((feature) => feature.auditActions.length > 0);

/**
 * Names an audit action (`member.joined`) in the reader's language, from the catalogue of
 * the feature that records it; null for an action no feature labels (shown as its code).
 */
export function useAuditActionLabel(): (action: string) => string | null {
  const { i18n } = useTranslation(OWNERS.map((feature) => feature.namespace));
  // The key is built at run time from the action, so it cannot be one of the typed keys.
  const translate = i18n.t as unknown as (key: string) => string;
  return (action) => {
    const owner = OWNERS.find((feature) => feature.auditActions.includes(action));
    if (!owner) return null;
    const key = `${owner.namespace}:${owner.namespace}.auditActions.${action}`;
    return i18n.exists(key) ? translate(key) : null;
  };
}
