import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A resource's fields, one labelled row each (a row header, then the value): the "details" table of
 * an overview tab. Rows are `DetailRow`s, so a field shown only sometimes is simply left out.
 */
export function DetailsTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table aria-label={label} withTableBorder>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}

/** One field of a `DetailsTable`: the row header names it. */
export function DetailRow({ label, children, labelWidth = 240 }: { label: string; children: ReactNode; labelWidth?: number }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w={labelWidth}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}
