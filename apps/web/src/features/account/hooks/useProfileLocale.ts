import { isSupportedLocale } from '@ecw/domain';
import { useEffect } from 'react';
import { shellLanguage } from '../../../i18n/shell-language';
import type { Viewer } from '../../../viewer/hooks/useViewer';

/**
 * The profile's locale wins over the browser's: applied on sign-in, on page load and when
 * the profile changes (possibly from another device). Changing it in the switcher saves
 * it to the profile first, so the two never fight.
 */
export function useProfileLocale(viewer: Viewer | null): void {
  const locale = viewer?.locale;
  const userId = viewer?.user.id;
  useEffect(() => {
    if (locale && isSupportedLocale(locale) && locale !== shellLanguage.get()?.language)
      void shellLanguage.change(locale);
  }, [locale, userId]);
}
