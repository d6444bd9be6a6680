import type { RouteObject } from 'react-router';
import type { RouteHandle } from '../../lib/route-handle';

/** The panel talks to MQTT brokers, not to a provider API; hub presets come from Scaleway. */
export const routes: RouteObject[] = [
  {
    path: 'live',
    handle: { provider: 'scaleway' } satisfies RouteHandle,
    lazy: () => import('./pages/LivePage').then((m) => ({ Component: m.LivePage })),
  },
];
