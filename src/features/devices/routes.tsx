import type { RouteObject } from 'react-router';
import type { RouteHandle } from '../../lib/route-handle';

const handle = { provider: 'nexigon' } satisfies RouteHandle;

export const routes: RouteObject[] = [
  { path: 'devices', handle, lazy: () => import('./pages/DeviceListPage').then((m) => ({ Component: m.DeviceListPage })) },
  { path: 'devices/new', handle, lazy: () => import('./pages/CreateDevicePage').then((m) => ({ Component: m.CreateDevicePage })) },
  { path: 'devices/:deviceId', handle, lazy: () => import('./pages/DevicePage').then((m) => ({ Component: m.DevicePage })) },
];
