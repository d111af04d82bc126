import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MantineProvider } from '@mantine/core';
import { configure, render, type RenderResult } from '@testing-library/react';
import { createInstance, type i18n as I18n, type ResourceKey } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { theme } from '../app/theme';
import { NAMESPACES } from '../i18n/namespaces';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');

// `findBy…` and `waitFor` give up after 1 s by default. On a 2-core machine running other stages
// beside these tests (npm test does), rendering a list of 60 comments took longer than that: the
// wait is a guard against a screen that never comes, not a speed check.
configure({ asyncUtilTimeout: 5000 });

function catalogue(language: string, namespace: string): ResourceKey {
  const file =
    namespace === 'common'
      ? join(SRC, 'locales', language, 'common.json')
      : join(SRC, 'features', namespace, 'locales', `${language}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as ResourceKey;
}

/** The real catalogues of one language, loaded up front: tests find elements by their real words. */
function i18nFor(language: string): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: {
      [language]: Object.fromEntries(
        NAMESPACES.map((namespace) => [namespace, catalogue(language, namespace)]),
      ),
    },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/**
 * Renders a component with what the app wraps it in: Mantine, i18next (English by default), a router
 * (at `path`, for a screen that reads its route's parameters).
 */
export function renderInApp(ui: ReactElement, { language = 'en', path = '/' } = {}): RenderResult {
  return render(
    <I18nextProvider i18n={i18nFor(language)}>
      <MantineProvider theme={theme}>
        <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
      </MantineProvider>
    </I18nextProvider>,
  );
}
