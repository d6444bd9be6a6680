import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * What a delete dialog shows instead of its confirmation while the API would refuse the delete
 * (a version still active, configurations left): the resource, why, and what to do first.
 */
export function BlockedDeleteDialog({ title, resourceName, onClose, children }: { title: string; resourceName: string; onClose: () => void; children: ReactNode }) {
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened onClose={onClose} title={title} centered>
      <Stack gap="sm">
        <Text size="sm">
          Resource: <strong style={{ overflowWrap: 'anywhere' }}>{resourceName}</strong>
        </Text>
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
