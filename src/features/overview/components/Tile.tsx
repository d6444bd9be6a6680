import { Anchor, Box, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingLine } from '../../../components/LoadingState';
import { ERROR_TEXT, WARNING_TEXT } from '../../../components/text-colors';
import { formatDuration } from '../../../lib/format';
import { useNow } from '../../../lib/use-now';
import type { CombinedQueries } from '../lib/combine';

/** "Updated 12 s ago": every tile says how fresh its data is. */
export function Freshness({ updatedAt, fetching }: { updatedAt: number; fetching?: boolean }) {
  const now = useNow();
  if (!updatedAt) return null;
  return (
    <Text size="xs" c="dimmed">
      Updated {formatDuration(Math.max(0, now - updatedAt))} ago{fetching ? ' · refreshing' : ''}
    </Text>
  );
}

/** What a tile shows of its queries (see combineQueries). */
export type TileState = CombinedQueries;

/**
 * One concern of the overview. It loads and fails on its own: an error shows here with Retry (and
 * the way to Settings for a rejected token) while the other tiles go on; a refresh that fails
 * keeps the numbers it had, under the error.
 */
export function Tile({ title, to, state, loadingLabel, errorTitle, children, actions }: { title: string; to: string; state: TileState; loadingLabel: string; errorTitle: string; children?: ReactNode; actions?: ReactNode }) {
  const id = `tile-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    // A bordered box, not Mantine's Card: on the first route, Card's Paper chunk brings floating-ui along.
    <Box component="section" aria-labelledby={id} p="md" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={0}>
            <Title order={2} size="h4" id={id}>
              <Anchor component={Link} to={to} inherit>
                {title}
              </Anchor>
            </Title>
            <Freshness updatedAt={state.updatedAt} fetching={state.fetching} />
          </Stack>
          {actions}
        </Group>
        {state.error ? <ErrorState error={state.error} onRetry={state.retry} retrying={state.fetching} title={errorTitle} /> : null}
        {state.pending ? <LoadingLine label={loadingLabel} /> : state.error && !state.hasData ? null : children}
      </Stack>
    </Box>
  );
}

/**
 * A number that opens the list of those items, filtered. Its text is its accessible name: the
 * number, the visible noun, and in a table the context the headers give (`context`, unseen).
 */
export function StatLink({ to, count, label, context, tone }: { to: string; count: number; label?: string; context?: string; tone?: 'bad' | 'warn' }) {
  const color = count > 0 && tone ? (tone === 'bad' ? ERROR_TEXT : WARNING_TEXT) : undefined;
  return (
    <Anchor component={Link} to={to} c={color} underline="hover">
      <Text span fw={700} size="lg" inherit={false} c={color}>
        {count.toLocaleString('en-US')}
      </Text>
      {label ? (
        <Text span size="sm" inherit={false} c={color}>
          {` ${label}`}
        </Text>
      ) : null}
      {context ? <VisuallyHidden component="span">{` ${context}`}</VisuallyHidden> : null}
    </Anchor>
  );
}
