import { defineFeature } from '../../app/feature';

export const tokensFeature = defineFeature({
  namespace: 'tokens',
  catalogues: {
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
    es: () => import('./locales/es.json'),
    ar: () => import('./locales/ar.json'),
  },
  routes: [
    {
      path: 'account/tokens',
      access: 'signedIn',
      screen: () => import('./components/ApiTokensPage').then((m) => m.ApiTokensPage),
      namespaces: ['tokens'],
    },
  ],
  auditActions: [],
  typePolicies: {},
});
