import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { DeleteDialog } from './DeleteDialog';
import { EditDialog, type EditDialogProps, type EditTarget } from './EditDialog';

/**
 * Which row of a table its dialogs are open for (add-or-edit, delete), and the save every
 * add-or-edit form ends with: write, say "<Noun> added" or "<Noun> saved", close.
 */
export function useRowDialogs<T>({ noun, name }: { noun: string; name: (row: T) => string }) {
  const [editing, setEditing] = useState<EditTarget<T>>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const close = () => setEditing(null);
  return {
    noun,
    name,
    editing,
    deleting,
    add: () => setEditing('new'),
    edit: (row: T) => setEditing(row),
    remove: (row: T) => setDeleting(row),
    close,
    closeDelete: () => setDeleting(null),
    /** A refused write throws, so the form shows the API's errors at its fields and stays open. */
    save: async (row: T | undefined, write: () => Promise<unknown>, message: string) => {
      await write();
      notifications.show({ color: 'teal', title: `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${row ? 'saved' : 'added'}`, message });
      close();
    },
  };
}

export type RowDialogsState<T> = ReturnType<typeof useRowDialogs<T>>;

/** What the dialog gives its form: the submit button's label ("Add route", "Save route") and Cancel. */
export interface FormFrame {
  submitLabel: string;
  onCancel: () => void;
}

export interface RowDialogsProps<T> extends Pick<EditDialogProps<T>, 'title' | 'drawer' | 'size'> {
  dialogs: RowDialogsState<T>;
  /** Deletes a row by its id. */
  deleteMutation: UseMutationResult<unknown, Error, string>;
  describeDelete: (row: T) => ReactNode;
  /** The delete dialog's name for the row, when it says more than the edit title's. */
  deleteName?: (row: T) => string;
  deleted?: (row: T) => string;
  /** The add-or-edit form, given the row (undefined when adding). */
  children: (row: T | undefined, frame: FormFrame) => ReactNode;
}

/** The add-or-edit dialog and the delete confirmation of a table's rows, as `useRowDialogs` opens them. */
export function RowDialogs<T extends { id: string }>({ dialogs, deleteMutation, describeDelete, deleteName = dialogs.name, deleted, children, ...edit }: RowDialogsProps<T>) {
  const { noun, name } = dialogs;
  return (
    <>
      <EditDialog target={dialogs.editing} onClose={dialogs.close} noun={noun} name={name} {...edit}>
        {(row) => children(row, { submitLabel: `${row ? 'Save' : 'Add'} ${noun}`, onCancel: dialogs.close })}
      </EditDialog>
      <DeleteDialog target={dialogs.deleting} onClose={dialogs.closeDelete} mutation={deleteMutation} variables={(row) => row.id} noun={noun} name={deleteName} description={describeDelete} done={deleted} />
    </>
  );
}
