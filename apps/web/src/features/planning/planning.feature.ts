import { PLANNING_AUDIT_ACTIONS } from '@ecw/domain';
import { relayStylePagination } from '@apollo/client/utilities';
import { defineFeature } from '../../app/feature';

/** Election planning: the election calendar and timelines, relationships, contact registries, escalation. */
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
      path: 'organizations/:organizationId/relationships',
      access: 'signedIn',
      screen: () => import('./components/RelationshipsPage').then((m) => m.RelationshipsPage),
      namespaces: ['planning'],
    },
    {
      path: 'relationships/:relationshipId',
      access: 'signedIn',
      screen: () => import('./components/RelationshipPage').then((m) => m.RelationshipPage),
      namespaces: ['planning'],
    },
  ],
  auditActions: PLANNING_AUDIT_ACTIONS,
  typePolicies: {
    Query: {
      fields: {
        elections: relayStylePagination(['filter']),
      },
    },
  },
});
