import { SUPPORTED_LOCALES } from '@ecw/domain';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { localeBackend } from './locale-backend';
import { readerLanguage } from './reader-language';
import { shellLanguage } from './shell-language';

// Loaded with the screens, after the shell has its language and `common` catalogue: i18next starts
// from them (no second fetch of `common`) and from then on follows the shell's language.
const shell = shellLanguage.get();
const language = shell?.language ?? readerLanguage();

void i18n
  .use(localeBackend)
  .use(initReactI18next)
  .init({
    lng: language,
    supportedLngs: [...SUPPORTED_LOCALES],
    load: 'languageOnly',
    fallbackLng: 'en',
    // `common` comes from the shell; other namespaces are fetched when a screen that uses them
    // first renders, and the English fallback when a key is missing.
    partialBundledLanguages: true,
    resources: shell ? { [language]: { common: shell.common } } : {},
    ns: ['common'],
    defaultNS: 'common',
    fallbackNS: false,
    interpolation: {
      // React escapes what it renders; escaping here too would show "&amp;".
      escapeValue: false,
    },
  });

shellLanguage.follow((next) => i18n.changeLanguage(next));
// A change that began before i18next was loaded (the profile's locale, applied as the page opens)
// did not wait for it: catch up when it lands.
shellLanguage.subscribe(() => {
  const next = shellLanguage.get()?.language;
  if (next && next !== i18n.language) void i18n.changeLanguage(next);
});

export { i18n };
