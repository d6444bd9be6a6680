import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** A labelled row of a details table (row header + value). */
export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w={240}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}
