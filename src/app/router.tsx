import { createBrowserRouter, type RouteObject } from 'react-router';
import { routes as certificateRoutes } from '../features/certificates/routes';
import { routes as deviceRoutes } from '../features/devices/routes';
import { routes as hubRoutes } from '../features/hubs/routes';
import { routes as liveRoutes } from '../features/live/routes';
import { routes as loadBalancerRoutes } from '../features/load-balancers/routes';
import { routes as namespaceRoutes } from '../features/namespaces/routes';
import { routes as overviewRoutes } from '../features/overview/routes';
import { LoadingState } from '../components/LoadingState';
import { AppLayout } from './shell/AppLayout';
import { RouteErrorPage } from './shell/RouteErrorPage';

/** Each area's pages are lazy modules (code-split); the shell is the only eager UI. */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    // The first route is lazy: show a loader while its module arrives.
    hydrateFallbackElement: <LoadingState label="Loading the console…" />,
    children: [
      ...overviewRoutes,
      ...hubRoutes,
      ...deviceRoutes,
      ...certificateRoutes,
      ...loadBalancerRoutes,
      ...namespaceRoutes,
      ...liveRoutes,
      { path: 'settings', lazy: () => import('./settings/SettingsPage').then((m) => ({ Component: m.SettingsPage })) },
      { path: '*', lazy: () => import('./shell/NotFoundPage').then((m) => ({ Component: m.NotFoundPage })) },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
