import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';

/**
 * Warns before leaving a form with unsaved edits: in-app navigation asks in
 * a dialog, closing or reloading the tab triggers the browser's own prompt.
 */
export function UnsavedChangesGuard({ when, message = 'You have unsaved changes. Leave this page and lose them?' }: { when: boolean; message?: string }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!when) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);

  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title="Unsaved changes" centered>
      <Text size="sm">{message}</Text>
      <Group justify="flex-end" mt="md" gap="xs">
        <Button variant="default" onClick={() => blocker.reset?.()}>
          Stay on this page
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          Leave and discard
        </Button>
      </Group>
    </Modal>
  );
}
