import { IconAccessPoint, IconLayoutDashboard, IconBroadcast, IconCertificate, IconCpu, IconNetwork, IconServer2, IconSettings, type Icon } from '@tabler/icons-react';

export interface NavItem {
  label: string;
  to: string;
  icon: Icon;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Overview', to: '/', icon: IconLayoutDashboard },
  { label: 'Hubs', to: '/hubs', icon: IconAccessPoint },
  { label: 'Devices', to: '/devices', icon: IconCpu },
  { label: 'Certificates', to: '/certificates', icon: IconCertificate },
  { label: 'Load balancers', to: '/load-balancers', icon: IconServer2 },
  { label: 'Namespaces', to: '/namespaces', icon: IconNetwork },
  { label: 'Live MQTT', to: '/live', icon: IconBroadcast },
  { label: 'Settings', to: '/settings', icon: IconSettings },
];
