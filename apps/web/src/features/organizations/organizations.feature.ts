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
  ],
  auditActions: [
    'organization.created',
    'organization.updated',
    'organization.verified',
    'member.invited',
    'member.invitation_revoked',
    'member.joined',
    'member.role_changed',
    'member.removed',
    'member.left',
  ],
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
