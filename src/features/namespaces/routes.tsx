import type { RouteObject } from 'react-router';
import type { RouteHandle } from '../../lib/route-handle';

const handle = { provider: 'akamai' } satisfies RouteHandle;

/**
 * The area's pages load as one module: a lazy import per page would make Rollup split the
 * modules they share with the first route (/hubs) into many small chunks, and the first
 * route's bundle budget pays for each.
 */
const pages = () => import('./pages');

export const routes: RouteObject[] = [
  { path: 'namespaces', handle, lazy: () => pages().then((m) => ({ Component: m.NamespaceListPage })) },
  { path: 'namespaces/:namespace', handle, lazy: () => pages().then((m) => ({ Component: m.NamespacePage })) },
  { path: 'namespaces/:namespace/configurations/:jurisdiction', handle, lazy: () => pages().then((m) => ({ Component: m.ConfigurationPage })) },
];
