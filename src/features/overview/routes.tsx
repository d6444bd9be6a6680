import type { RouteObject } from 'react-router';

/** The overview is the index route (`/`), the console's first page. */
export const routes: RouteObject[] = [
  {
    index: true,
    lazy: () => import('./pages/OverviewPage').then((m) => ({ Component: m.OverviewPage })),
  },
];
