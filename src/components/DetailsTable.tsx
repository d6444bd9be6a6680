import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface DetailField {
  label: string;
  value: ReactNode;
}

/**
 * Every field of one resource as a two-column table: a row header naming the field, then its
 * value. Fields are data; `false` leaves one out (e.g. a setting the resource does not have).
 */
export function DetailsTable({ label, fields, labelWidth = 260 }: { label: string; fields: readonly (DetailField | false)[]; labelWidth?: number }) {
  return (
    <Table aria-label={label} withTableBorder>
      <Table.Tbody>
        {fields.map((field) =>
          field ? (
            <Table.Tr key={field.label}>
              <Table.Th scope="row" w={labelWidth}>
                {field.label}
              </Table.Th>
              <Table.Td>{field.value}</Table.Td>
            </Table.Tr>
          ) : null,
        )}
      </Table.Tbody>
    </Table>
  );
}
