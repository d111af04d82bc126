import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { i18n } from '../i18n/i18n';
import type { Namespace } from '../i18n/namespaces';
import { PageLoader } from '../ui/PageLoader';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RequireSignIn } from './RequireSignIn';
import { RouteErrorPage } from './RouteErrorPage';

/**
 * Each screen is its own chunk, fetched together with its translations, so the router
 * switches screens only once both are there (no flash of untranslated keys).
 */
function screen(load: () => Promise<ComponentType>, namespaces: Namespace[]) {
  return async () => {
    const [Component] = await Promise.all([load(), i18n.loadNamespaces(namespaces)]);
    return { Component };
  };
}

export const router = createBrowserRouter([
  {
    Component: AppLayout,
    HydrateFallback: PageLoader,
    ErrorBoundary: RouteErrorPage,
    children: [
      { index: true, lazy: screen(() => import('./HomePage').then((m) => m.HomePage), ['organizations']) },
      {
        path: 'sign-in',
        lazy: screen(
          () => import('../features/auth/components/SignInPage').then((m) => m.SignInPage),
          ['auth'],
        ),
      },
      {
        path: 'sign-up',
        lazy: screen(
          () => import('../features/auth/components/SignUpPage').then((m) => m.SignUpPage),
          ['auth'],
        ),
      },
      {
        path: 'forgot-password',
        lazy: screen(
          () => import('../features/auth/components/ForgotPasswordPage').then((m) => m.ForgotPasswordPage),
          ['auth'],
        ),
      },
      {
        path: 'reset-password',
        lazy: screen(
          () => import('../features/auth/components/ResetPasswordPage').then((m) => m.ResetPasswordPage),
          ['auth'],
        ),
      },
      {
        path: 'confirm-email',
        lazy: screen(
          () => import('../features/account/components/ConfirmEmailPage').then((m) => m.ConfirmEmailPage),
          ['account'],
        ),
      },
      {
        path: 'invitations/accept',
        lazy: screen(
          () =>
            import('../features/organizations/components/AcceptInvitationPage').then(
              (m) => m.AcceptInvitationPage,
            ),
          ['organizations'],
        ),
      },
      {
        Component: RequireSignIn,
        children: [
          {
            path: 'account',
            lazy: screen(
              () => import('../features/account/components/AccountPage').then((m) => m.AccountPage),
              ['account', 'auth'],
            ),
          },
          {
            path: 'account/tokens',
            lazy: screen(
              () => import('../features/tokens/components/ApiTokensPage').then((m) => m.ApiTokensPage),
              ['tokens'],
            ),
          },
          {
            path: 'organizations',
            lazy: screen(
              () =>
                import('../features/organizations/components/OrganizationDirectoryPage').then(
                  (m) => m.OrganizationDirectoryPage,
                ),
              ['organizations'],
            ),
          },
          {
            path: 'organizations/new',
            lazy: screen(
              () =>
                import('../features/organizations/components/CreateOrganizationPage').then(
                  (m) => m.CreateOrganizationPage,
                ),
              ['organizations'],
            ),
          },
          {
            path: 'organizations/:organizationId',
            lazy: screen(
              () =>
                import('../features/organizations/components/OrganizationPage').then(
                  (m) => m.OrganizationPage,
                ),
              ['organizations'],
            ),
          },
          {
            path: 'invitations',
            lazy: screen(
              () =>
                import('../features/organizations/components/ReceivedInvitationsPage').then(
                  (m) => m.ReceivedInvitationsPage,
                ),
              ['organizations', 'account'],
            ),
          },
          {
            path: 'notifications',
            lazy: screen(
              () =>
                import('../features/notifications/components/NotificationsPage').then(
                  (m) => m.NotificationsPage,
                ),
              ['notifications'],
            ),
          },
        ],
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
