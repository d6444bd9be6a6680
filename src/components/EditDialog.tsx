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
  /** A title other than "Add <noun>" / "Edit <noun> <name>" (e.g. "Add ACL to http-80"), given the item (undefined when adding). */
  title?: (item: T | undefined) => string;
  /** A drawer for forms with panels of their own; a modal otherwise. */
  drawer?: boolean;
  size?: MantineSize | number;
  /** The form, given the item being edited (undefined when adding). */
  children: (item: T | undefined) => ReactNode;
}

/** The one add-or-edit dialog: a title that names what is edited, a named close button, the form only while open. */
export function EditDialog<T>({ target, onClose, noun, name, title: titleOf, drawer = false, size = 'lg', children }: EditDialogProps<T>) {
  const item = target === 'new' || target === null ? undefined : target;
  const title = target === null ? '' : titleOf ? titleOf(item) : item === undefined ? `Add ${noun}` : `Edit ${noun} ${name(item)}`;
  const content = target === null ? null : children(item);
  const common = { closeButtonProps: { 'aria-label': 'Close' }, opened: target !== null, onClose, title, size };
  return drawer ? (
    <Drawer {...common} position="right">
      {content}
    </Drawer>
  ) : (
    <Modal {...common}>{content}</Modal>
  );
}
