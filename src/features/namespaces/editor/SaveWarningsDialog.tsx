import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { AclLintFinding } from '../../../acl/lint';
import { LINT_CODE_LABELS, shortMessage } from './lint-display';

const SHOWN = 8;

/** Warnings do not block a save, but the user confirms each time, having seen them. */
export function SaveWarningsDialog({ warnings, onCancel, onConfirm, saving }: { warnings: readonly AclLintFinding[] | null; onCancel: () => void; onConfirm: () => void; saving: boolean }) {
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={warnings !== null} onClose={onCancel} title="Save with warnings?" centered size="lg">
      {warnings ? (
        <Stack gap="sm">
          <Text size="sm">
            The rule check found {warnings.length} warning{warnings.length === 1 ? '' : 's'}. The API accepts these rules, but they may not do what you intend:
          </Text>
          <List size="sm" spacing={4}>
            {warnings.slice(0, SHOWN).map((w, i) => (
              <List.Item key={`${w.code}-${i}`}>
                <strong>{LINT_CODE_LABELS[w.code]}</strong>: {shortMessage(w)}
              </List.Item>
            ))}
          </List>
          {warnings.length > SHOWN ? (
            <Text size="sm" c="dimmed">
              …and {warnings.length - SHOWN} more (see the rule check).
            </Text>
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onCancel} disabled={saving}>
              Review the warnings
            </Button>
            {/* White on orange is under 4.5:1; yellow with dark text reads as a warning and passes. */}
            <Button color="yellow" autoContrast onClick={onConfirm} loading={saving}>
              Save anyway
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
