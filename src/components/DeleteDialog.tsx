import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { errorMessage } from '../api/errors/api-error';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * The confirmation of a delete (or detach, release, remove…) that names the resource, runs the
 * mutation with the variables it needs, keeps the dialog open with the API's reason when it
 * refuses (worded by `describeError` when the area knows better), and confirms success in a
 * notification. Irreversible deletes set `requireTypedName`. A plain delete names its `noun`
 * ("backend") and gets the usual wording; a detach, release or remove words its own.
 */
export function DeleteDialog<T, V = string>({
  target,
  onClose,
  mutation,
  variables,
  noun = 'item',
  title = `Delete ${noun}`,
  name,
  confirmLabel = title,
  description,
  doneTitle = `${noun.charAt(0).toUpperCase()}${noun.slice(1)} deleted`,
  done = (target) => `${name(target)} was deleted.`,
  requireTypedName = false,
  describeError = (error) => errorMessage(error),
  onDone,
  onError,
  children,
}: {
  target: T | null;
  onClose: () => void;
  mutation: UseMutationResult<unknown, Error, V>;
  /** What the mutation takes, usually the id. */
  variables: (target: T) => V;
  /** What is deleted ("backend"): the title, button and notification are worded from it. */
  noun?: string;
  title?: string;
  name: (target: T) => string;
  confirmLabel?: string;
  description: (target: T) => ReactNode;
  /** Notification once done. */
  doneTitle?: string;
  done?: (target: T) => string;
  requireTypedName?: boolean;
  /** The refusal in words the user can act on. */
  describeError?: (error: Error, target: T) => ReactNode;
  /** After the success notification, e.g. to leave the deleted resource's page. */
  onDone?: (target: T) => void;
  /** After a refusal, e.g. to refetch what the dialog checked before offering the delete. */
  onError?: (target: T) => void;
  /** Options of the action (e.g. "Also delete its devices"), shown above the typed name. */
  children?: ReactNode;
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
      error={mutation.isError && target !== null ? describeError(mutation.error, target) : undefined}
      description={target === null ? '' : description(target)}
      onConfirm={() => {
        if (target === null) return;
        mutation.mutate(variables(target), {
          onSuccess: () => {
            notifications.show({ color: 'teal', title: doneTitle, message: done(target) });
            close();
            onDone?.(target);
          },
          onError: () => onError?.(target),
        });
      }}
    >
      {children}
    </ConfirmDialog>
  );
}
