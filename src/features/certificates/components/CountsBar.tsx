import { Anchor, Paper, SimpleGrid, Text, VisuallyHidden } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { formatInteger } from '../../../lib/format';
import { certificatesSearch, COUNT_FILTERS, EXPIRING_SOON_DAYS, type CertCounts } from '../lib/filters';

const LABELS: Record<keyof CertCounts, string> = {
  pendingApproval: 'Pending approval',
  conflicts: 'Conflicts',
  expired: 'Expired',
  expiringSoon: `Expiring in ${EXPIRING_SOON_DAYS} days`,
};

/** Dark shades: the numbers must keep a 4.5:1 contrast. */
const COLORS: Record<keyof CertCounts, string> = { pendingApproval: 'orange.9', conflicts: 'red.9', expired: 'red.9', expiringSoon: 'orange.9' };

/** The operator's questions first. Each count is a link to the view it counts. */
export function CountsBar({ counts, partial }: { counts: CertCounts; partial: boolean }) {
  const { search } = useLocation();
  return (
    <nav aria-label="Certificate counts">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {(Object.keys(LABELS) as Array<keyof CertCounts>).map((name) => {
          const to = certificatesSearch(search, COUNT_FILTERS[name]) || '?';
          return (
            <Paper key={name} withBorder p="sm" radius="md">
              <Anchor component={Link} to={to} underline="hover" c="inherit">
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {LABELS[name]}
                  <VisuallyHidden>: </VisuallyHidden>
                </Text>
                <Text size="xl" fw={700} c={counts[name] > 0 ? COLORS[name] : undefined}>
                  {formatInteger(counts[name])}
                  {partial ? '…' : ''}
                </Text>
              </Anchor>
            </Paper>
          );
        })}
      </SimpleGrid>
    </nav>
  );
}
