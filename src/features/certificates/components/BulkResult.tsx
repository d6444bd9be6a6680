import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { CountProgress } from './CountProgress';
import { PaceLine } from './PaceLine';
import { BULK_ACTIONS, type BulkItem, type BulkRun, type ItemState } from '../api/use-bulk-status-change';

const MAX_ROWS = 200;

const STATE_LABELS: Record<ItemState, { label: string; color: string }> = {
  queued: { label: 'Waiting', color: 'gray' },
  running: { label: 'Running', color: 'blue' },
  ok: { label: 'Done', color: 'teal' },
  error: { label: 'Failed', color: 'red' },
};

function ItemResult({ item }: { item: BulkItem }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Badge color={STATE_LABELS[item.state].color} variant="light">
        {STATE_LABELS[item.state].label}
      </Badge>
      {item.message ? <Text size="sm">{item.message}</Text> : null}
    </Group>
  );
}

/** One line per certificate of a bulk action: progress while it runs, then each result, with "retry failed". */
export function BulkResult({ run, onRetryFailed, onDismiss }: { run: BulkRun; onRetryFailed: () => void; onDismiss: () => void }) {
  const action = BULK_ACTIONS[run.verb];
  const done = run.items.filter((i) => i.state === 'ok').length;
  const failed = run.items.filter((i) => i.state === 'error').length;
  const settled = done + failed;
  // A bulk action over thousands stays readable and light: the failures always, then the others up to the cap.
  const shown = run.items.length <= MAX_ROWS ? run.items : [...run.items.filter((i) => i.state === 'error'), ...run.items.filter((i) => i.state !== 'error')].slice(0, MAX_ROWS);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="bulk-result-heading">
      <Group justify="space-between" mb="xs">
        <Text id="bulk-result-heading" fw={600} component="h2" size="md" m={0}>
          {action.label}: {done} of {run.items.length} done{failed > 0 ? `, ${failed} failed` : ''}
        </Text>
        <Group gap="xs">
          {failed > 0 && !run.running ? (
            <Button size="xs" color="red" variant="light" onClick={onRetryFailed}>
              Retry failed
            </Button>
          ) : null}
          <Button size="xs" variant="default" onClick={onDismiss} disabled={run.running}>
            Dismiss
          </Button>
        </Group>
      </Group>
      <CountProgress mb="sm" label={`${action.label} progress`} done={settled} total={run.items.length} color={failed > 0 ? 'orange' : 'teal'} valueText={`${settled} of ${run.items.length}`} />
      <PaceLine pace={run.pace} running={run.running} />
      <DataTable
        label={`${action.label} results`}
        minWidth={640}
        rows={shown}
        rowKey={(item) => item.row.key}
        columns={[
          { header: 'Device', cell: (item) => <Link to={`/devices/${encodeURIComponent(item.row.owner.id)}?tab=certificates`}>{item.row.owner.name}</Link> },
          {
            header: 'Fingerprint',
            kind: 'wrap',
            cell: (item) => (
              <Text size="xs" ff="monospace">
                {item.row.fingerprint}
              </Text>
            ),
          },
          { header: 'Result', cell: (item) => <ItemResult item={item} /> },
        ]}
      />
      {shown.length < run.items.length ? (
        <Text size="xs" c="dimmed" mt="xs">
          Showing {shown.length} of {run.items.length} results, failures first.
        </Text>
      ) : null}
    </Paper>
  );
}
