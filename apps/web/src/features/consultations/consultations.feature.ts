import { CONSULTATION_AUDIT_ACTIONS } from '@ecw/domain';
import { connectionPagination } from '../../apollo/pagination';
import { defineFeature } from '../../app/feature';

/**
 * Consultations and context briefs: the list, creating one, the consultation page with the convenor's
 * panel, the convenor's dashboard, the brief editor (new or
 * saved briefs) and brief page.
 */
export const consultationsFeature = defineFeature({
  namespace: 'consultations',
  catalogues: {
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
    es: () => import('./locales/es.json'),
    ar: () => import('./locales/ar.json'),
  },
  routes: [
    {
      path: 'consultations',
      access: 'signedIn',
      screen: () => import('./components/ConsultationListPage').then((m) => m.ConsultationListPage),
      namespaces: ['consultations'],
    },
    {
      path: 'consultations/new',
      access: 'signedIn',
      screen: () => import('./components/CreateConsultationPage').then((m) => m.CreateConsultationPage),
      namespaces: ['consultations'],
    },
    {
      path: 'consultations/:consultationId/dashboard',
      access: 'signedIn',
      screen: () => import('./components/ConvenorDashboardPage').then((m) => m.ConvenorDashboardPage),
      namespaces: ['consultations'],
    },
    {
      path: 'consultations/:consultationId',
      access: 'signedIn',
      screen: () => import('./components/ConsultationPage').then((m) => m.ConsultationPage),
      namespaces: ['consultations'],
    },
    {
      path: 'consultations/:consultationId/briefs/new',
      access: 'signedIn',
      screen: () => import('./components/BriefEditorPage').then((m) => m.BriefEditorPage),
      namespaces: ['consultations'],
    },
    {
      path: 'consultations/:consultationId/briefs/:briefId/edit',
      access: 'signedIn',
      screen: () => import('./components/BriefEditorPage').then((m) => m.BriefEditorPage),
      namespaces: ['consultations'],
    },
    {
      path: 'consultations/:consultationId/briefs/:briefId',
      access: 'signedIn',
      screen: () => import('./components/BriefPage').then((m) => m.BriefPage),
      namespaces: ['consultations'],
    },
  ],
  auditActions: CONSULTATION_AUDIT_ACTIONS,
  typePolicies: {
    // "Load more" appends pages; a different filter is a different list, read from its first page.
    Query: {
      fields: {
        consultations: connectionPagination(['filter']),
      },
    },
    Consultation: {
      fields: {
        briefs: connectionPagination(['filter', 'status']),
      },
    },
    ContextBrief: {
      fields: {
        comments: connectionPagination(),
      },
    },
  },
});
