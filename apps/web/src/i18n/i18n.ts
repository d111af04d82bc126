import { SUPPORTED_LOCALES } from '@ecw/domain';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { syncDocumentLanguage } from './document-language';
import { localeBackend } from './locale-backend';
import { readerLanguage, rememberReaderLanguage } from './reader-language';

syncDocumentLanguage(i18n);
i18n.on('languageChanged', rememberReaderLanguage);

void i18n
  .use(localeBackend)
  .use(initReactI18next)
  .init({
    lng: readerLanguage(),
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
  });

export { i18n };
