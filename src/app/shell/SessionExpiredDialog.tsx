import { Button, Group, Modal, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { fetchSignedInUser, SIGNED_IN_USER_KEY, signInUrl } from '../../api/console-account';
import { clearSignInRequired, isSignInRequired, subscribeSignInRequired } from '../../api/console-auth';

const RECHECK_MS = 2000;

/**
 * Shown when the server says the session expired. Sign-in opens in a new tab, so nothing on
 * this page is lost: not the ACL draft, not a half-filled form. Meanwhile this tab asks the
 * server who is signed in (every few seconds, and when it gets focus back); once the answer is
 * someone, the prompt closes and the failed queries run again. A failed save is not replayed:
 * the person's edits are still there, and they press Save again.
 */
export function SessionExpiredDialog() {
  const required = useSyncExternalStore(subscribeSignInRequired, isSignInRequired, isSignInRequired);
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!required) return undefined;
    let active = true;
    const recheck = async () => {
      const user = await fetchSignedInUser().catch(() => null);
      if (!active || !user) return;
      queryClient.setQueryData(SIGNED_IN_USER_KEY, user);
      clearSignInRequired();
      void queryClient.invalidateQueries({ predicate: (query) => query.state.status === 'error' });
    };
    const onVisible = () => document.visibilityState === 'visible' && void recheck();
    const timer = setInterval(() => void recheck(), RECHECK_MS);
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      active = false;
      clearInterval(timer);
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [required, queryClient]);

  return (
    <Modal opened={required} onClose={clearSignInRequired} title="Your session expired" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <Text size="sm">
        Sign in again to carry on. Nothing on this page is lost: sign-in opens in a new tab, and this page continues, with your unsaved changes, as soon as you are signed in.
      </Text>
      <Group justify="flex-end" mt="md" gap="xs">
        <Button variant="default" onClick={clearSignInRequired}>
          Not now
        </Button>
        <Button component="a" href={signInUrl('/auth/signed-in')} target="_blank" rel="noopener">
          Sign in again
        </Button>
      </Group>
    </Modal>
  );
}
