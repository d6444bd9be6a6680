import type { ReactNode } from 'react';
import { NativeTable } from './NativeTable';

/** One labelled value of a details table; `false` leaves the row out. */
export type DetailItem = readonly [label: string, value: ReactNode];

/** Every field of one resource as rows of a row header and its value, described as data. */
export function DetailsTable({ label, items }: { label: string; items: readonly (DetailItem | false)[] }) {
  return (
    <NativeTable aria-label={label}>
      <tbody>
        {items
          .filter((item): item is DetailItem => item !== false)
          .map(([name, value]) => (
            <tr key={name}>
              <th scope="row" style={{ width: 240 }}>
                {name}
              </th>
              <td>{value}</td>
            </tr>
          ))}
      </tbody>
    </NativeTable>
  );
}
