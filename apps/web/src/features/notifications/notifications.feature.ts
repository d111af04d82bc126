import { relayStylePagination } from '@apollo/client/utilities';
import { defineFeature } from '../../app/feature';

export const notificationsFeature = defineFeature({
  namespace: 'notifications',
  catalogues: {
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
    es: () => import('./locales/es.json'),
    ar: () => import('./locales/ar.json'),
  },
  routes: [
    {
      path: 'notifications',
      access: 'signedIn',
      screen: () => import('./components/NotificationsPage').then((m) => m.NotificationsPage),
      namespaces: ['notifications'],
    },
  ],
  auditActions: [],
  typePolicies: {
    Query: {
      fields: {
        // "Load more" appends pages; the unread filter makes a different list.
        notifications: relayStylePagination(['unreadOnly']),
      },
    },
  },
});
