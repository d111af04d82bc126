import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '../model/country-codes';

export interface CountryNames {
  nameOf: (code: string) => string;
  /** Every country as a select option, sorted by its name in the UI language. */
  options: { value: string; label: string }[];
}

/** Country names in the UI language, from the browser's own data (Intl.DisplayNames). */
export function useCountryNames(): CountryNames {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    const nameOf = (code: string) => names.of(code) ?? code;
    const collator = new Intl.Collator(language);
    const options = COUNTRY_CODES.map((code) => ({ value: code, label: nameOf(code) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
    return { nameOf, options };
  }, [language]);
}
