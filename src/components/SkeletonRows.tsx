import { Skeleton } from '@mantine/core';

/** Placeholder rows of a table while its first page loads, so the layout does not jump. */
export function SkeletonRows({ rows = 5, columns }: { rows?: number; columns: number }) {
  return (
    <>
      {Array.from({ length: rows }, (_, i) => (
        <tr key={i}>
          {Array.from({ length: columns }, (__, j) => (
            <td key={j}>
              <Skeleton height={14} />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}
