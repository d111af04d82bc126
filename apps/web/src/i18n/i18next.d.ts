import type { FeatureResources } from '../app/features';
import type common from '../locales/en/common.json';

// The English catalogues are the source of truth for keys: t('…') with a key that
// does not exist there is a type error, so typos never reach a screen. Features add their
// namespace through the registry (app/features.ts), not here.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common } & FeatureResources;
  }
}
