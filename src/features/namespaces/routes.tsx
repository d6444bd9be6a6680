import type { RouteObject } from 'react-router';
import { NotAvailablePage } from '../../components/NotAvailablePage';
import type { RouteHandle } from '../../lib/route-handle';

/** Placeholder until this area's issue lands. */
export const routes: RouteObject[] = [{ path: 'namespaces/*', handle: { provider: 'akamai' } satisfies RouteHandle, element: <NotAvailablePage title="Namespaces" /> }];
