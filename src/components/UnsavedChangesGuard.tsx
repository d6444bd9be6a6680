import { Button, Group, Modal, Text } from '@mantine/core';
import { useBlocker } from 'react-router';
import { useBeforeUnload } from '../lib/use-before-unload';

/**
 * Warns before leaving a form with unsaved edits: in-app navigation asks in
 * a dialog, closing or reloading the tab triggers the browser's own prompt.
 */
export function UnsavedChangesGuard({ when, message = 'You have unsaved changes. Leave this page and lose them?' }: { when: boolean; message?: string }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);

  useBeforeUnload(when);

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
