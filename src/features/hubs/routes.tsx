import type { RouteObject } from 'react-router';
import type { RouteHandle } from '../../lib/route-handle';

export const routes: RouteObject[] = [
  {
    path: 'hubs',
    handle: { provider: 'scaleway', regionScoped: true } satisfies RouteHandle,
    lazy: () => import('./pages/HubListPage').then((m) => ({ Component: m.HubListPage })),
  },
  {
    path: 'hubs/new',
    handle: { provider: 'scaleway', regionScoped: true } satisfies RouteHandle,
    lazy: () => import('./pages/CreateHubPage').then((m) => ({ Component: m.CreateHubPage })),
  },
  {
    path: 'hubs/:region/:hubId',
    handle: { provider: 'scaleway', regionListPath: '/hubs' } satisfies RouteHandle,
    lazy: () => import('./pages/HubDetailPage').then((m) => ({ Component: m.HubDetailPage })),
  },
];
