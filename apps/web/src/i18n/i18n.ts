import { SUPPORTED_LOCALES } from '@ecw/domain';
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { syncDocumentLanguage } from './document-language';
import { localeBackend } from './locale-backend';

export const LANGUAGE_STORAGE_KEY = 'ecw.language';

syncDocumentLanguage(i18n);

void i18n
  .use(localeBackend)
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    supportedLngs: [...SUPPORTED_LOCALES],
    // "fr-CA" from the browser resolves to our "fr" catalogue.
    load: 'languageOnly',
    fallbackLng: 'en',
    // Other namespaces are fetched when a screen that uses them first renders.
    ns: ['common'],
    defaultNS: 'common',
    fallbackNS: false,
    interpolation: {
      // React escapes what it renders; escaping here too would show "&amp;".
      escapeValue: false,
    },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
  });

export { i18n };
