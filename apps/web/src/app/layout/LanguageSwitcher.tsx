import { isSupportedLocale, SUPPORTED_LOCALES } from '@ecw/domain';
import { useChangeLanguage } from '../../features/account/hooks/useChangeLanguage';
import { endonym } from '../../i18n/endonym';
import { useShellLanguage, useShellText } from '../../i18n/useShellText';
import { ShellSelect } from '../../shell/ShellSelect';

const OPTIONS = SUPPORTED_LOCALES.map((locale) => ({ value: locale, label: endonym(locale) }));

export function LanguageSwitcher() {
  const t = useShellText();
  const language = useShellLanguage()?.language ?? 'en';
  const changeLanguage = useChangeLanguage();

  return (
    <ShellSelect
      label={t('common.language.label')}
      options={OPTIONS}
      value={language}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isSupportedLocale(next)) void changeLanguage(next);
      }}
    />
  );
}
