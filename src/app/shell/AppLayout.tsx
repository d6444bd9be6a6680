import { Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { NuqsAdapter } from 'nuqs/adapters/react-router/v8';
import { lazy, Suspense } from 'react';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { getRuntimeConfig } from '../../api/runtime-config';
import { LoadingState } from '../../components/LoadingState';
import { URL_STATE_DEFAULTS } from '../../lib/url-state';
import { GlobalSearch } from '../search/GlobalSearch';
import { ConnectionModeBadge } from './ConnectionModeBadge';
import { MockScenarioBanner } from './MockScenarioBanner';
import { MutationLeaveGuard } from './MutationLeaveGuard';
import { NAV_ITEMS } from './nav-items';
import { OfflineBanner } from './OfflineBanner';
import layout from './AppLayout.module.css';
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
    // URL state (filters, page, sort, tab) goes through nuqs, inside the router it writes to.
    <NuqsAdapter defaultOptions={URL_STATE_DEFAULTS}>
      <MutationLeaveGuard />
      <header className={layout.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger className={layout.burger} opened={opened} onClick={toggle} size="sm" aria-label={opened ? 'Close navigation' : 'Open navigation'} aria-expanded={opened} />
            <Text fw={700} component="span">
              IoT Fleet Console
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <GlobalSearch />
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
      </header>
      <nav className={layout.navbar} data-opened={opened || undefined} aria-label="Main navigation">
        <div>
          {NAV_ITEMS.map((item) => {
            // `/` is the overview only: every path starts with it.
            const active = location.pathname === item.to || (item.to !== '/' && location.pathname.startsWith(`${item.to}/`));
            return (
              <RouterNavLink key={item.to} to={item.to} className={active ? `${classes.link} ${classes.active}` : classes.link} onClick={close}>
                <item.icon size={18} aria-hidden />
                {item.label}
              </RouterNavLink>
            );
          })}
        </div>
      </nav>
      <main className={layout.main}>
        <OfflineBanner />
        <MockScenarioBanner />
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
    </NuqsAdapter>
  );
}
