import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { getRuntimeConfig } from '../../api/runtime-config';
import { LoadingState } from '../../components/LoadingState';
import { ConnectionModeBadge } from './ConnectionModeBadge';
import { MockScenarioBanner } from './MockScenarioBanner';
import { NAV_ITEMS } from './nav-items';
import { OfflineBanner } from './OfflineBanner';
import classes from './NavItems.module.css';
import { RegionSelect } from './RegionSelect';
import { ThemeMenu } from './ThemeMenu';

/** Sign-in controls load only where the server signs people in. */
const AccountMenu = lazy(() => import('./AccountMenu').then((m) => ({ default: m.AccountMenu })));
const SessionExpiredDialog = lazy(() => import('./SessionExpiredDialog').then((m) => ({ default: m.SessionExpiredDialog })));
const signInEnabled = getRuntimeConfig().auth === 'oidc';

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={opened ? 'Close navigation' : 'Open navigation'} />
            <Text fw={700} component="span">
              IoT Fleet Console
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <ConnectionModeBadge />
            <RegionSelect />
            <ThemeMenu />
            {signInEnabled ? (
              <Suspense fallback={null}>
                <AccountMenu />
                <SessionExpiredDialog />
              </Suspense>
            ) : null}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" style={{ overflowY: 'auto' }} aria-label="Main navigation">
        <div>
          {NAV_ITEMS.map((item) => {
            const active = location.pathname === item.to || location.pathname.startsWith(`${item.to}/`);
            return (
              <RouterNavLink key={item.to} to={item.to} className={active ? `${classes.link} ${classes.active}` : classes.link} onClick={close}>
                <item.icon size={18} aria-hidden />
                {item.label}
              </RouterNavLink>
            );
          })}
        </div>
      </AppShell.Navbar>
      <AppShell.Main>
        <OfflineBanner />
        <MockScenarioBanner />
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
