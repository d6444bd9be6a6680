import type { RouteObject } from 'react-router';
import { NotAvailablePage } from '../../components/NotAvailablePage';


/** Placeholder until this area's issue lands. */
export const routes: RouteObject[] = [{ path: 'live/*',  element: <NotAvailablePage title="Live MQTT" /> }];
