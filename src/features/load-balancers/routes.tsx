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

/** A route whose page is one export of the area's chunk. */
function page(path: string, name: keyof Awaited<ReturnType<typeof pages>>, handle: RouteHandle = listHandle): RouteObject {
  return { path, handle, lazy: () => pages().then((m) => ({ Component: m[name] })) };
}

export const routes: RouteObject[] = [
  page('load-balancers', 'LbListPage'),
  page('load-balancers/new', 'CreateLbPage'),
  page('load-balancers/ips', 'IpListPage'),
  page('load-balancers/subscribers', 'SubscriberListPage'),
  page('load-balancers/:region/:lbId', 'LbDetailPage', { provider: 'scaleway', regionListPath: '/load-balancers' } satisfies RouteHandle),
];
