import { Group, NativeSelect, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The layout every pager shares: what is shown (announced as it changes) on the left, rows per
 * page and the page buttons (`children`, in a "Pagination" landmark) on the right.
 */
export function PagerLayout({ summary, pageSize, pageSizes, onPageSize, children }: { summary: ReactNode; pageSize: number; pageSizes: readonly number[]; onPageSize: (size: number) => void; children: ReactNode }) {
  return (
    <Group justify="space-between" mt="sm" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {summary}
      </Text>
      <Group gap="sm" align="flex-end">
        <NativeSelect label="Rows per page" size="xs" w={120} data={pageSizes.map(String)} value={String(pageSize)} onChange={(e) => onPageSize(Number(e.currentTarget.value))} />
        <nav aria-label="Pagination">
          <Group gap={4}>{children}</Group>
        </nav>
      </Group>
    </Group>
  );
}
