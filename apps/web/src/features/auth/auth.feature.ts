import { defineFeature } from '../../app/feature';

export const authFeature = defineFeature({
  namespace: 'auth',
  catalogues: {
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
    es: () => import('./locales/es.json'),
    ar: () => import('./locales/ar.json'),
  },
  routes: [
    {
      path: 'sign-in',
      access: 'public',
      screen: () => import('./components/SignInPage').then((m) => m.SignInPage),
      namespaces: ['auth'],
    },
    {
      path: 'sign-up',
      access: 'public',
      screen: () => import('./components/SignUpPage').then((m) => m.SignUpPage),
      namespaces: ['auth'],
    },
    {
      path: 'forgot-password',
      access: 'public',
      screen: () => import('./components/ForgotPasswordPage').then((m) => m.ForgotPasswordPage),
      namespaces: ['auth'],
    },
    {
      path: 'reset-password',
      access: 'public',
      screen: () => import('./components/ResetPasswordPage').then((m) => m.ResetPasswordPage),
      namespaces: ['auth'],
    },
  ],
  auditActions: [],
  typePolicies: {},
});
