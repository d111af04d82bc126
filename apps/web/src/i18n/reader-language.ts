import { isSupportedLocale, type SupportedLocale } from '@ecw/domain';

const LANGUAGE_STORAGE_KEY = 'ecw.language';

// Storage can be refused (private modes, blocked cookies): then the choice lasts the visit only.
function stored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The language the reader chose before, else the first of the browser's languages we have
 * ("fr-CA" → "fr"), else English. A few lines instead of i18next's browser language detector,
 * which the first chunk carried for the same two lookups.
 */
export function readerLanguage(): SupportedLocale {
  const candidates = [stored(), ...navigator.languages];
  for (const candidate of candidates) {
    const language = candidate?.split('-')[0]?.toLowerCase();
    if (language && isSupportedLocale(language)) return language;
  }
  return 'en';
}

export function rememberReaderLanguage(language: string): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered: the next visit falls back to the browser's languages.
  }
}
