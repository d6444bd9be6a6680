import { Modal, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A centred modal around one form, with a named close button. The form is mounted only while
 * open, so each opening starts from its initial values (a half-typed entry is not kept).
 */
export function FormModal({ opened, onClose, title, size, children }: { opened: boolean; onClose: () => void; title: string; size?: MantineSize | number; children: ReactNode }) {
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={onClose} title={title} size={size} centered>
      {opened ? children : null}
    </Modal>
  );
}
