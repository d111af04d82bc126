import { isSupportedLocale } from '@ecw/domain';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Viewer } from '../../../viewer/hooks/useViewer';

/**
 * The profile's locale wins over the browser's: applied on sign-in, on page load and when
 * the profile changes (possibly from another device). Changing it in the switcher saves
 * it to the profile first, so the two never fight.
 */
export function useProfileLocale(viewer: Viewer | null): void {
  const { i18n } = useTranslation();
  const locale = viewer?.locale;
  const userId = viewer?.user.id;
  useEffect(() => {
    if (locale && isSupportedLocale(locale) && locale !== i18n.resolvedLanguage)
      void i18n.changeLanguage(locale);
  }, [locale, userId, i18n]);
}
