import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';

/**
 * The confirmation of a delete (or detach, release…) that names the
 * resource, runs the mutation, keeps the dialog open with the API's reason
 * when it refuses, and confirms success in a notification.
 */
export function DeleteDialog<T>({
  target,
  onClose,
  mutation,
  variables,
  title,
  name,
  confirmLabel,
  description,
  doneTitle,
  done,
  requireTypedName = false,
}: {
  target: T | null;
  onClose: () => void;
  mutation: UseMutationResult<void, Error, string>;
  /** What the mutation takes, usually the id. */
  variables: (target: T) => string;
  title: string;
  name: (target: T) => string;
  confirmLabel: string;
  description: (target: T) => ReactNode;
  /** Notification once done. */
  doneTitle: string;
  done: (target: T) => string;
  requireTypedName?: boolean;
}) {
  const close = () => {
    mutation.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      opened={target !== null}
      onClose={close}
      title={title}
      resourceName={target === null ? '' : name(target)}
      requireTypedName={requireTypedName}
      confirmLabel={confirmLabel}
      loading={mutation.isPending}
      error={mutation.isError ? mutation.error.message : undefined}
      description={target === null ? '' : description(target)}
      onConfirm={() => {
        if (target === null) return;
        mutation.mutate(variables(target), {
          onSuccess: () => {
            notifications.show({ color: 'teal', title: doneTitle, message: done(target) });
            close();
          },
        });
      }}
    />
  );
}
