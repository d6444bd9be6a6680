import type { RouteObject } from 'react-router';
import { NotAvailablePage } from '../../components/NotAvailablePage';
import type { RouteHandle } from '../../lib/route-handle';

/** Placeholder until this area's issue lands. */
export const routes: RouteObject[] = [{ path: 'load-balancers/*', handle: { provider: 'scaleway' } satisfies RouteHandle, element: <NotAvailablePage title="Load balancers" /> }];
