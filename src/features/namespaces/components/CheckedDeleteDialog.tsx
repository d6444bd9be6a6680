import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { BlockedDeleteDialog } from './BlockedDeleteDialog';

/**
 * An irreversible delete the API allows only once nothing depends on the resource (no active
 * version, no configuration left). While `blocked`, the dialog shows `blocker` (the check under
 * way, or what to do first) instead of the confirmation; then the user types the name. A refusal
 * runs `onRefused`, so the dialog checks again.
 */
export function CheckedDeleteDialog({
  opened,
  onClose,
  title,
  resourceName,
  blocked,
  blocker,
  mutation,
  describeError,
  description,
  doneTitle,
  done,
  onDone,
  onRefused,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  resourceName: string;
  blocked: boolean;
  blocker: ReactNode;
  mutation: UseMutationResult<unknown, Error, void>;
  describeError: (error: Error) => string;
  description: string;
  doneTitle: string;
  done: string;
  onDone: () => void;
  onRefused: () => void;
}) {
  if (opened && blocked) {
    const close = () => {
      mutation.reset();
      onClose();
    };
    return (
      <BlockedDeleteDialog title={title} resourceName={resourceName} onClose={close}>
        {blocker}
      </BlockedDeleteDialog>
    );
  }
  return (
    <DeleteDialog
      target={opened ? resourceName : null}
      onClose={onClose}
      mutation={mutation}
      variables={() => undefined}
      title={title}
      name={(name) => name}
      requireTypedName
      describeError={describeError}
      description={() => description}
      doneTitle={doneTitle}
      done={() => done}
      onDone={onDone}
      onError={onRefused}
    />
  );
}
