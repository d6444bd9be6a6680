import { Button, Group } from '@mantine/core';
import { Link, useLocation } from 'react-router';

const SECTIONS = [
  { to: '/load-balancers', label: 'Load balancers' },
  { to: '/load-balancers/ips', label: 'Flexible IPs' },
  { to: '/load-balancers/subscribers', label: 'Alert subscribers' },
] as const;

/** The three region-wide lists of the area; the region travels with the link. */
export function LbAreaNav({ region }: { region: string }) {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Load balancer sections">
      <Group gap={4} mb="md">
        {SECTIONS.map((s) => {
          const current = pathname === s.to;
          return (
            <Button key={s.to} component={Link} to={`${s.to}?region=${region}`} size="xs" variant={current ? 'light' : 'subtle'} aria-current={current ? 'page' : undefined}>
              {s.label}
            </Button>
          );
        })}
      </Group>
    </nav>
  );
}
