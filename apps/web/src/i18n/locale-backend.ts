import type { BackendModule, ReadCallback, ResourceKey } from 'i18next';

// Each catalogue becomes its own chunk: a reader downloads only the language and the
// features they actually open, never all four languages.
const catalogues = import.meta.glob<ResourceKey>('../locales/*/*.json', { import: 'default' });

export const localeBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = catalogues[`../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No catalogue for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (resources) => callback(null, resources),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};
