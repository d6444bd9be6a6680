import { Drawer, Modal, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';

/** What an add-or-edit dialog is open for: a new item, an existing one, or nothing (closed). */
export type EditTarget<T> = T | 'new' | null;

export interface EditDialogProps<T> {
  target: EditTarget<T>;
  onClose: () => void;
  /** "backend": titles "Add backend" and "Edit backend <name>". */
  noun: string;
  name: (item: T) => string;
  /** A drawer for forms with panels of their own; a modal otherwise. */
  drawer?: boolean;
  size?: MantineSize | number;
  /** Titles other than "Add <noun>" / "Edit <noun> <name>", for dialogs whose names users already know ("Create subscriber"). */
  titles?: { add: string; edit: (item: T) => string };
  /** The form, given the item being edited (undefined when adding). */
  children: (item: T | undefined) => ReactNode;
}

/** The one add-or-edit dialog: a title that names what is edited, a named close button, the form only while open. */
export function EditDialog<T>({ target, onClose, noun, name, drawer = false, size = 'lg', titles, children }: EditDialogProps<T>) {
  const title = target === 'new' ? (titles?.add ?? `Add ${noun}`) : target === null ? '' : (titles?.edit(target) ?? `Edit ${noun} ${name(target)}`);
  const content = target === null ? null : children(target === 'new' ? undefined : target);
  const common = { closeButtonProps: { 'aria-label': 'Close' }, opened: target !== null, onClose, title, size };
  return drawer ? (
    <Drawer {...common} position="right">
      {content}
    </Drawer>
  ) : (
    <Modal {...common}>{content}</Modal>
  );
}
