import { Button, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { formatInteger } from '../lib/format';
import { PagerLayout } from './PagerLayout';

/** Pages to offer as buttons: first, last, and a window around the current one. */
export function pageWindow(page: number, pages: number, radius = 1): Array<number | 'gap'> {
  const out: Array<number | 'gap'> = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - page) <= radius) out.push(p);
    else if (out.at(-1) !== 'gap') out.push('gap');
  }
  return out;
}

/** Range text, page size and page buttons. Light on purpose: it is on the first route. */
export function PaginationBar({
  page,
  pageSize,
  total,
  onPage,
  onPageSize,
  pageSizes = [10, 20, 50, 100],
  itemLabel = 'items',
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
  pageSizes?: number[];
  itemLabel?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(page, pages);
  const from = total === 0 ? 0 : (current - 1) * pageSize + 1;
  const to = Math.min(total, current * pageSize);
  return (
    <PagerLayout
      summary={`${formatInteger(from)}–${formatInteger(to)} of ${formatInteger(total)} ${itemLabel}`}
      pageSize={pageSize}
      pageSizes={pageSizes}
      onPageSize={onPageSize}
    >
      <Button size="xs" variant="default" px={6} disabled={current <= 1} onClick={() => onPage(current - 1)} aria-label="Previous page">
        <IconChevronLeft size={16} aria-hidden />
      </Button>
      {pageWindow(current, pages).map((p, i) =>
        p === 'gap' ? (
          <Text key={`gap-${i}`} size="sm" c="dimmed" aria-hidden>
            …
          </Text>
        ) : (
          <Button key={p} size="xs" variant={p === current ? 'filled' : 'default'} onClick={() => onPage(p)} aria-label={`Page ${p}`} aria-current={p === current ? 'page' : undefined}>
            {p}
          </Button>
        ),
      )}
      <Button size="xs" variant="default" px={6} disabled={current >= pages} onClick={() => onPage(current + 1)} aria-label="Next page">
        <IconChevronRight size={16} aria-hidden />
      </Button>
    </PagerLayout>
  );
}
