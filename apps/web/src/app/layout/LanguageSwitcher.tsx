import { isSupportedLocale, SUPPORTED_LOCALES } from '@ecw/domain';
import { NativeSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeLanguage } from '../../features/account/hooks/useChangeLanguage';
import { endonym } from '../../i18n/endonym';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const options = useMemo(
    () => SUPPORTED_LOCALES.map((locale) => ({ value: locale, label: endonym(locale) })),
    [],
  );

  return (
    <NativeSelect
      aria-label={t('common.language.label')}
      data={options}
      value={i18n.resolvedLanguage ?? 'en'}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isSupportedLocale(next)) void changeLanguage(next);
      }}
      size="sm"
    />
  );
}
