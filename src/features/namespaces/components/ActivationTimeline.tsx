import { Badge, Group, List, Loader, Text, Timeline, Title } from '@mantine/core';
import { IconCheck, IconCircleDashed, IconPlayerPlay, IconPlayerStop, IconX } from '@tabler/icons-react';
import { isInFlight } from '../../../api/akamai/activation-state';
import { ACTIVATION_STATUSES, type Activation, type ActivationStatus } from '../../../api/akamai/types';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { STATUS_COLORS, STATUS_DESCRIPTIONS } from '../lib/activation-labels';

/** White text needs the darkest teal for 4.5:1 contrast. */
const DEPLOYED_FILL = 'teal.9';

/** `live`: the operation is still under way (a spinner shows it). */
export function ActivationStatusBadge({ status, live = false }: { status: ActivationStatus; live?: boolean }) {
  return (
    <Badge color={status === 'DEPLOYED' ? DEPLOYED_FILL : STATUS_COLORS[status]} variant={status === 'DEPLOYED' ? 'filled' : 'light'} leftSection={live ? <Loader size={10} color="currentColor" aria-hidden /> : undefined} aria-label={`Status ${status}`}>
      {status}
    </Badge>
  );
}

function bullet(op: Activation) {
  if (isInFlight(op)) return <Loader size={14} color="white" aria-hidden />;
  if (op.activationStatus === 'DEPLOYED') return op.operationType === 'DEACTIVATION' ? <IconPlayerStop size={12} aria-hidden /> : <IconCheck size={12} aria-hidden />;
  if (op.activationStatus === 'OBSOLETE') return <IconCircleDashed size={12} aria-hidden />;
  if (op.activationStatus === 'UNKNOWN') return <IconPlayerPlay size={12} aria-hidden />;
  return <IconX size={12} aria-hidden />;
}

/**
 * Every activation and deactivation, newest first, with the API's status and what it means.
 * The query behind it polls while an operation is NEW or PENDING.
 */
export function ActivationTimeline({ operations, isPending, error, onRetry }: { operations: readonly Activation[] | undefined; isPending: boolean; error: unknown; onRetry: () => void }) {
  return (
    <section aria-labelledby="activation-history-heading">
      <Title order={2} size="h4" id="activation-history-heading" mb="sm">
        Activation history
      </Title>
      {isPending ? <LoadingState label="Loading the activation history…" /> : null}
      {error && !operations ? <ErrorState error={error} onRetry={onRetry} title="Could not load the activation history" /> : null}
      {operations && operations.length === 0 ? (
        <Text size="sm" c="dimmed">
          No version of this configuration was ever activated.
        </Text>
      ) : null}
      {operations && operations.length > 0 ? (
        <Timeline bulletSize={22} lineWidth={2} aria-label="Activation history" component="ol" style={{ paddingLeft: 0, listStyle: 'none' }}>
          {[...operations]
            .sort((a, b) => b.createdAt - a.createdAt)
            .map((op, i) => (
              <Timeline.Item
                key={`${op.createdAt}-${op.version}-${op.operationType}-${i}`}
                component="li"
                bullet={bullet(op)}
                color={STATUS_COLORS[op.activationStatus]}
                title={
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {op.operationType === 'DEACTIVATION' ? 'Deactivation' : 'Activation'} of version {op.version}
                    </Text>
                    <ActivationStatusBadge status={op.activationStatus} live={isInFlight(op)} />
                  </Group>
                }
              >
                <Text size="xs" c="dimmed">
                  {op.createdBy || 'Unknown user'} · {formatDateTime(op.createdAt)} ({formatRelative(op.createdAt)})
                </Text>
                <Text size="xs">{STATUS_DESCRIPTIONS[op.activationStatus]}</Text>
              </Timeline.Item>
            ))}
        </Timeline>
      ) : null}
      <details style={{ marginTop: 'var(--mantine-spacing-md)' }}>
        <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-sm)' }}>What the statuses mean</summary>
        <List size="xs" spacing={4} mt="xs" aria-label="Activation statuses">
          {ACTIVATION_STATUSES.map((status) => (
            <List.Item key={status} icon={<ActivationStatusBadge status={status} />}>
              {STATUS_DESCRIPTIONS[status]}
            </List.Item>
          ))}
        </List>
      </details>
    </section>
  );
}
