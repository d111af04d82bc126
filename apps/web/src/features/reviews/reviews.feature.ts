import { relayStylePagination } from '@apollo/client/utilities';
import { REVIEW_AUDIT_ACTIONS } from '@ecw/domain';
import { defineFeature } from '../../app/feature';

/** Post-election reviews: the reports list, creating a report, and the co-edited report page. */
export const reviewsFeature = defineFeature({
  namespace: 'reviews',
  catalogues: {
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
    es: () => import('./locales/es.json'),
    ar: () => import('./locales/ar.json'),
  },
  routes: [
    {
      path: 'reviews',
      access: 'signedIn',
      screen: () => import('./components/ReviewReportsPage').then((m) => m.ReviewReportsPage),
      namespaces: ['reviews'],
    },
    {
      path: 'reviews/new',
      access: 'signedIn',
      screen: () => import('./components/CreateReviewReportPage').then((m) => m.CreateReviewReportPage),
      namespaces: ['reviews'],
    },
    {
      path: 'reviews/:reportId',
      access: 'signedIn',
      screen: () => import('./components/ReviewReportPage').then((m) => m.ReviewReportPage),
      namespaces: ['reviews'],
    },
    {
      path: 'organizations/:organizationId/recommendations',
      access: 'signedIn',
      screen: () =>
        import('./components/OrganizationRecommendationsPage').then((m) => m.OrganizationRecommendationsPage),
      namespaces: ['reviews'],
    },
  ],
  auditActions: REVIEW_AUDIT_ACTIONS,
  typePolicies: {
    Query: {
      fields: {
        reviewReports: relayStylePagination(),
        organizationRecommendations: relayStylePagination(['organizationId']),
      },
    },
  },
});
