import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { fetchSignedInUser, SIGNED_IN_USER_KEY, signOut } from '../../api/console-account';
import { reportSignInRequired } from '../../api/console-auth';

/** Loaded only when the server signs people in (runtime config `auth: 'oidc'`). */
export function AccountMenu() {
  const { data: user } = useQuery({ queryKey: SIGNED_IN_USER_KEY, queryFn: ({ signal }) => fetchSignedInUser(signal), staleTime: 60_000 });
  // The session ran out while the tab stayed open: same prompt as a refused proxy call.
  useEffect(() => {
    if (user === null) reportSignInRequired();
  }, [user]);
  if (!user) return null;
  const who = user.name ?? user.email ?? user.sub;
  const leave = async () => {
    try {
      await signOut();
      window.location.assign('/auth/signed-out');
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not sign out', message: error instanceof Error ? error.message : 'Try again.' });
    }
  };
  return (
    // Mantine's focus placeholder is a focusable role="presentation" div inside role="menu": axe flags it (aria-required-children).
    <Menu position="bottom-end" withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button variant="default" leftSection={<IconUserCircle size={18} aria-hidden />} aria-label={`Signed in as ${who}`} title={user.email ?? undefined}>
          {who}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {user.email && user.email !== who ? <Menu.Label>{user.email}</Menu.Label> : null}
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void leave()}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
