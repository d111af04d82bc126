import { isSupportedLocale } from '@ecw/domain';
import type { BackendModule, ReadCallback, ResourceKey } from 'i18next';
import { FEATURES } from '../app/features';

// Each catalogue becomes its own chunk: a reader downloads only the language and the
// features they actually open, never all four languages.
const commonCatalogues = import.meta.glob<ResourceKey>('../locales/*/common.json', { import: 'default' });

function loaderFor(language: string, namespace: string): (() => Promise<ResourceKey>) | undefined {
  if (namespace === 'common') return commonCatalogues[`../locales/${language}/common.json`];
  const feature = FEATURES.find((candidate) => candidate.namespace === namespace);
  if (!feature || !isSupportedLocale(language)) return undefined;
  const load = feature.catalogues[language];
  return () => load().then((module) => module.default as ResourceKey);
}

export const localeBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = loaderFor(language, namespace);
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
