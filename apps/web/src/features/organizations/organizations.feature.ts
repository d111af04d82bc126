import { ORGANIZATION_AUDIT_ACTIONS } from '@ecw/domain';
import { relayStylePagination } from '@apollo/client/utilities';
import { defineFeature } from '../../app/feature';

export const organizationsFeature = defineFeature({
  namespace: 'organizations',
  catalogues: {
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
    es: () => import('./locales/es.json'),
    ar: () => import('./locales/ar.json'),
  },
  routes: [
    {
      path: 'invitations/accept',
      access: 'public',
      screen: () => import('./components/AcceptInvitationPage').then((m) => m.AcceptInvitationPage),
      namespaces: ['organizations'],
    },
    {
      path: 'organizations',
      access: 'signedIn',
      screen: () => import('./components/OrganizationDirectoryPage').then((m) => m.OrganizationDirectoryPage),
      namespaces: ['organizations'],
    },
    {
      path: 'organizations/new',
      access: 'signedIn',
      screen: () => import('./components/CreateOrganizationPage').then((m) => m.CreateOrganizationPage),
      namespaces: ['organizations'],
    },
    {
      path: 'organizations/:organizationId',
      access: 'signedIn',
      screen: () => import('./components/OrganizationPage').then((m) => m.OrganizationPage),
      namespaces: ['organizations'],
    },
    {
      path: 'invitations',
      access: 'signedIn',
      screen: () => import('./components/ReceivedInvitationsPage').then((m) => m.ReceivedInvitationsPage),
      namespaces: ['organizations', 'account'],
    },
  ],
  auditActions: ORGANIZATION_AUDIT_ACTIONS,
  typePolicies: {
    Query: {
      fields: {
        // "Load more" appends pages; anything else in the arguments is a new list.
        organizations: relayStylePagination(['filter']),
        auditLog: relayStylePagination(['organizationId']),
      },
    },
    Organization: {
      fields: {
        members: relayStylePagination(),
      },
    },
  },
});
