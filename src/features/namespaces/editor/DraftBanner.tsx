import { Alert, Button, Group, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { formatDateTime, formatRelative } from '../../../lib/format';
import type { AclDraft } from '../lib/drafts';

export function DraftBanner({ draft, outdated, onRestore, onDiscard }: { draft: AclDraft; outdated: boolean; onRestore: () => void; onDiscard: () => void }) {
  return (
    <Alert color="blue" variant="light" icon={<IconDeviceFloppy aria-hidden />} title="Unsaved draft" role="status" mb="md">
      <Text size="sm">
        You have an unsaved draft from {formatDateTime(draft.savedAt)} ({formatRelative(draft.savedAt)}), with {draft.rules.length} rule{draft.rules.length === 1 ? '' : 's'}.
        {outdated ? ' The saved configuration has changed since: restoring the draft and saving it replaces those changes.' : ''}
      </Text>
      <Group gap="xs" mt="xs">
        <Button size="xs" onClick={onRestore}>
          Restore draft
        </Button>
        <Button size="xs" variant="default" onClick={onDiscard}>
          Discard draft
        </Button>
      </Group>
    </Alert>
  );
}
