import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';

/**
 * Like UnsavedChangesGuard, but the edits are not lost when the user leaves: they stay as a
 * local draft, written at the moment of leaving, and are offered back on return.
 */
export function DraftLeaveGuard({ when, keepDraft }: { when: boolean; keepDraft: () => void }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!when) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      keepDraft();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when, keepDraft]);

  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title="Unsaved changes" centered>
      <Text size="sm">The ACL has changes that are not saved. If you leave, they are kept as a draft on this device, and offered back when you return to this configuration.</Text>
      <Group justify="flex-end" mt="md" gap="xs">
        <Button variant="default" onClick={() => blocker.reset?.()}>
          Stay on this page
        </Button>
        <Button
          onClick={() => {
            keepDraft();
            blocker.proceed?.();
          }}
        >
          Leave and keep the draft
        </Button>
      </Group>
    </Modal>
  );
}
