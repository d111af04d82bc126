import type { i18n as I18n } from 'i18next';

/**
 * Keeps <html lang dir> in step with the UI language: screen readers pick their voice
 * from `lang`, and Arabic lays out right-to-left. Mantine's DirectionProvider watches
 * the `dir` attribute, so its components follow too.
 */
export function syncDocumentLanguage(instance: I18n): void {
  const apply = (language: string) => {
    document.documentElement.lang = language;
    document.documentElement.dir = instance.dir(language);
  };
  instance.on('languageChanged', apply);
  if (instance.resolvedLanguage) apply(instance.resolvedLanguage);
}
