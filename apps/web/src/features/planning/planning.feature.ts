import { relayStylePagination } from '@apollo/client/utilities';
import { defineFeature } from '../../app/feature';

/** Elections and their timelines, relationship registries and the escalation view. */
export const planningFeature = defineFeature({
  namespace: 'planning',
  catalogues: {
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
    es: () => import('./locales/es.json'),
    ar: () => import('./locales/ar.json'),
  },
  routes: [
    {
      path: 'elections',
      access: 'signedIn',
      screen: () => import('./components/ElectionsPage').then((m) => m.ElectionsPage),
      namespaces: ['planning'],
    },
    {
      path: 'elections/:electionId',
      access: 'signedIn',
      screen: () => import('./components/ElectionTimelinePage').then((m) => m.ElectionTimelinePage),
      namespaces: ['planning'],
    },
    {
      path: 'elections/:electionId/escalation',
      access: 'signedIn',
      screen: () => import('./components/EscalationPage').then((m) => m.EscalationPage),
      namespaces: ['planning'],
    },
    {
      path: 'relationships/:relationshipId',
      access: 'signedIn',
      screen: () => import('./components/RelationshipPage').then((m) => m.RelationshipPage),
      namespaces: ['planning'],
    },
  ],
  // Labels for planning's audit actions come later: until then the audit log shows their codes.
  auditActions: [],
  typePolicies: {
    Query: {
      fields: {
        elections: relayStylePagination(['filter']),
      },
    },
  },
});
