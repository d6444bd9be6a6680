import { Button } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { PagerLayout } from '../../../components/PagerLayout';

/**
 * Paging for an API that returns a bare page without a total: previous / next, with "next"
 * offered only when the following page is known to hold something.
 */
export function OpenPager({
  page,
  size,
  shown,
  hasNext,
  onPage,
  onSize,
  sizes = [10, 20, 50, 100],
  itemLabel,
}: {
  page: number;
  size: number;
  shown: number;
  hasNext: boolean;
  onPage: (page: number) => void;
  onSize: (size: number) => void;
  sizes?: number[];
  itemLabel: string;
}) {
  const from = shown === 0 ? 0 : (page - 1) * size + 1;
  return (
    <PagerLayout summary={`Page ${page} · ${shown === 0 ? `no ${itemLabel}` : `${itemLabel} ${from}–${from + shown - 1}`}`} pageSize={size} pageSizes={sizes} onPageSize={onSize}>
      <Button size="xs" variant="default" leftSection={<IconChevronLeft size={16} aria-hidden />} disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous page
      </Button>
      <Button size="xs" variant="default" rightSection={<IconChevronRight size={16} aria-hidden />} disabled={!hasNext} onClick={() => onPage(page + 1)}>
        Next page
      </Button>
    </PagerLayout>
  );
}
