import type { RouteObject } from 'react-router';
import type { RouteHandle } from '../../lib/route-handle';

const listHandle = { provider: 'scaleway', regionScoped: true } satisfies RouteHandle;

/**
 * The area's pages load as one chunk. One dynamic import per page made
 * Rollup split the modules they share with the Hubs list (tables, error
 * state, http, zod) into many small chunks, and the first route grew past
 * its 170 KB budget from chunk overhead alone.
 */
const pages = () => import('./pages');

export const routes: RouteObject[] = [
  {
    path: 'load-balancers',
    handle: listHandle,
    lazy: () => pages().then((m) => ({ Component: m.LbListPage })),
  },
  {
    path: 'load-balancers/new',
    handle: listHandle,
    lazy: () => pages().then((m) => ({ Component: m.CreateLbPage })),
  },
  {
    path: 'load-balancers/ips',
    handle: listHandle,
    lazy: () => pages().then((m) => ({ Component: m.IpListPage })),
  },
  {
    path: 'load-balancers/subscribers',
    handle: listHandle,
    lazy: () => pages().then((m) => ({ Component: m.SubscriberListPage })),
  },
  {
    path: 'load-balancers/:region/:lbId',
    handle: { provider: 'scaleway', regionListPath: '/load-balancers' } satisfies RouteHandle,
    lazy: () => pages().then((m) => ({ Component: m.LbDetailPage })),
  },
];
