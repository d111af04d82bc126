import { defineFeature } from '../../app/feature';

export const accountFeature = defineFeature({
  namespace: 'account',
  catalogues: {
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
    es: () => import('./locales/es.json'),
    ar: () => import('./locales/ar.json'),
  },
  routes: [
    {
      path: 'account',
      access: 'signedIn',
      screen: () => import('./components/AccountPage').then((m) => m.AccountPage),
      // The password and second-factor forms reuse the sign-in screens' wording.
      namespaces: ['account', 'auth'],
    },
    {
      path: 'confirm-email',
      access: 'public',
      screen: () => import('./components/ConfirmEmailPage').then((m) => m.ConfirmEmailPage),
      namespaces: ['account'],
    },
    {
      path: 'confirm-email-change',
      access: 'public',
      screen: () => import('./components/ConfirmEmailChangePage').then((m) => m.ConfirmEmailChangePage),
      namespaces: ['account'],
    },
  ],
  auditActions: [],
  typePolicies: {
    // There is one signed-in account per client: every `Me` the API returns
    // (viewer query, updateProfile, disableTotp) updates the same cache entry.
    Me: { keyFields: [] },
  },
});
