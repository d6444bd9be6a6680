import type { RouteObject } from 'react-router';
import type { RouteHandle } from '../../lib/route-handle';

/**
 * The page spans Nexigon (devices) and Scaleway (load balancers and hubs, one
 * region at a time): the shell's region selector is for the Scaleway part.
 */
const handle = { provider: 'scaleway', regionScoped: true } satisfies RouteHandle;

export const routes: RouteObject[] = [
  {
    path: 'certificates',
    handle,
    lazy: () => import('./pages/CertificatesPage').then((m) => ({ Component: m.CertificatesPage })),
  },
];
