import { type ComponentType, lazy } from 'react';
import { Route, Routes } from 'react-router';
import { i18n } from '../i18n/i18n';
import type { RouteAccess } from './feature';
import { FEATURES } from './features';
import { NotFoundPage } from './NotFoundPage';
import { RequireSignIn } from './RequireSignIn';

/**
 * Each screen is its own chunk, fetched together with its translations, so a screen renders
 * only once both are there (no flash of untranslated keys). Declarative routes rather than a
 * data router: the app uses no loaders or actions, and the data router is most of React
 * Router's weight in the first chunk.
 */
function screen(load: () => Promise<ComponentType>, namespaces: readonly string[]) {
  return lazy(async () => {
    const [Screen] = await Promise.all([load(), i18n.loadNamespaces([...namespaces])]);
    return { default: Screen };
  });
}

const HomeScreen = screen(() => import('./HomePage').then((m) => m.HomePage), ['organizations']);

const SCREENS = FEATURES.flatMap((feature) => feature.routes).map((route) => ({
  path: route.path,
  access: route.access,
  Screen: screen(route.screen, route.namespaces),
}));

function routesFor(access: RouteAccess) {
  return SCREENS.filter((route) => route.access === access).map(({ path, Screen }) => (
    <Route key={path} path={path} element={<Screen />} />
  ));
}

const PUBLIC_ROUTES = routesFor('public');
const SIGNED_IN_ROUTES = routesFor('signedIn');

/** The screens inside the shell's `<main>` (app/layout/AppLayout.tsx). */
export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<HomeScreen />} />
      {PUBLIC_ROUTES}
      <Route element={<RequireSignIn />}>{SIGNED_IN_ROUTES}</Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
