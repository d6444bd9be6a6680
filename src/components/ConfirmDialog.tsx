import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';

export interface ConfirmDialogProps {
  opened: boolean;
  onClose: () => void;
  onConfirm: () => void;
  /** e.g. "Delete hub" */
  title: string;
  /** The resource's name, always shown; typed back by the user when `requireTypedName`. */
  resourceName: string;
  /** What will happen, in words. */
  description: ReactNode;
  confirmLabel: string;
  /** Irreversible actions make the user type the resource's name. */
  requireTypedName?: boolean;
  loading?: boolean;
  /** An error from the last attempt, shown inside the dialog so the user can adjust and retry. */
  error?: ReactNode;
  children?: ReactNode;
  color?: string;
}

/** The confirmation every destructive action goes through: it names the resource. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { opened, onClose } = props;
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={onClose} title={props.title} centered>
      {/* Remounted per opening so the typed name starts empty each time. */}
      {opened ? <ConfirmBody {...props} /> : null}
    </Modal>
  );
}

function ConfirmBody({ onClose, onConfirm, resourceName, description, confirmLabel, requireTypedName = false, loading = false, error, children, color = 'red' }: ConfirmDialogProps) {
  const [typed, setTyped] = useState('');
  const matches = !requireTypedName || typed === resourceName;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (matches && !loading) onConfirm();
      }}
    >
      <Stack gap="sm">
        <Text size="sm">
          Resource: <strong style={{ overflowWrap: 'anywhere' }}>{resourceName}</strong>
        </Text>
        <Text size="sm" component="div">
          {description}
        </Text>
        {children}
        {requireTypedName ? (
          <TextInput
            label={`Type "${resourceName}" to confirm`}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            data-autofocus
            error={typed && !matches ? 'The name does not match' : undefined}
          />
        ) : null}
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} disabled={loading}>
            Cancel
          </Button>
          <Button type="submit" color={color} disabled={!matches} loading={loading}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
