import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { i18n } from '../i18n/i18n';
import { PageLoader } from '../ui/PageLoader';
import type { FeatureRoute, RouteAccess } from './feature';
import { FEATURES } from './features';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RequireSignIn } from './RequireSignIn';
import { RouteErrorPage } from './RouteErrorPage';

/**
 * Each screen is its own chunk, fetched together with its translations, so the router
 * switches screens only once both are there (no flash of untranslated keys).
 */
function screen(load: () => Promise<ComponentType>, namespaces: readonly string[]) {
  return async () => {
    const [Component] = await Promise.all([load(), i18n.loadNamespaces([...namespaces])]);
    return { Component };
  };
}

function routesFor(access: RouteAccess): RouteObject[] {
  return FEATURES.flatMap((feature): readonly FeatureRoute[] => feature.routes)
    .filter((route) => route.access === access)
    .map((route) => ({ path: route.path, lazy: screen(route.screen, route.namespaces) }));
}

export const router = createBrowserRouter([
  {
    Component: AppLayout,
    HydrateFallback: PageLoader,
    ErrorBoundary: RouteErrorPage,
    children: [
      { index: true, lazy: screen(() => import('./HomePage').then((m) => m.HomePage), ['organizations']) },
      ...routesFor('public'),
      { Component: RequireSignIn, children: routesFor('signedIn') },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
