import { Badge, Button, Code, Loader, Table, Text, Title } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import { isOperationActive, type OperationSummary } from '../../../api/nexigon/types';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime } from '../../../lib/format';
import { useCancelOperation } from '../api/use-cancel-operation';
import { OPERATION_COLORS } from '../lib/device-labels';

export function OperationStatusBadge({ status }: { status: OperationSummary['status'] }) {
  return (
    <Badge color={OPERATION_COLORS[status]} leftSection={isOperationActive(status) ? <Loader size={10} color="white" aria-hidden /> : undefined}>
      {status}
    </Badge>
  );
}

/** Which step the operation is at, in words. */
function stepText(o: OperationSummary): string {
  if (o.status === 'Succeeded') return `${o.stepCount} of ${o.stepCount} done`;
  if (o.status === 'Pending') return `${o.stepCount} step${o.stepCount === 1 ? '' : 's'}, not started`;
  return `Step ${Math.min(o.stepIndex + 1, o.stepCount)} of ${o.stepCount}`;
}

/** The device's operations, newest first; followed while any is running (the query polls), each running one cancellable. */
export function OperationsTable({ deviceId }: { deviceId: string }) {
  const query = useQuery(nexigonDeviceQueries.operations(deviceId));
  const cancel = useCancelOperation(deviceId);
  const [cancelling, setCancelling] = useState<OperationSummary | null>(null);
  const operations = query.data;
  return (
    <section aria-labelledby="device-operations">
      <Title order={2} size="h4" mb="xs" id="device-operations">
        Operations
      </Title>
      {query.isPending ? (
        <LoadingState label="Loading the operations…" />
      ) : !operations ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} title="Could not load the operations" />
      ) : operations.length === 0 ? (
        <EmptyState title="No operations" description="Commands run on this device show here with their progress." />
      ) : (
        <TableScroll minWidth={860}>
          <Table aria-label="Operations" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Operation</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Steps</Table.Th>
                <Table.Th>Started</Table.Th>
                <Table.Th>Completed</Table.Th>
                <Table.Th>Error</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {operations.map((o) => (
                <Table.Tr key={o.deviceOperationId}>
                  <Table.Td>
                    <Text size="sm">{o.name}</Text>
                    <Code fz="xs">{o.deviceOperationId}</Code>
                  </Table.Td>
                  <Table.Td>
                    <OperationStatusBadge status={o.status} />
                  </Table.Td>
                  <Table.Td>{stepText(o)}</Table.Td>
                  <Table.Td>{o.startedAt ? formatDateTime(o.startedAt) : '—'}</Table.Td>
                  <Table.Td>{o.completedAt ? formatDateTime(o.completedAt) : '—'}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{o.lastError ?? '—'}</Table.Td>
                  <Table.Td>
                    {isOperationActive(o.status) ? (
                      <Button
                        size="compact-sm"
                        color="red"
                        variant="light"
                        leftSection={<IconPlayerStop size={14} aria-hidden />}
                        aria-label={`Cancel ${o.name} (${o.deviceOperationId})`}
                        onClick={() => setCancelling(o)}
                      >
                        Cancel
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <DeleteDialog
        target={cancelling}
        onClose={() => setCancelling(null)}
        mutation={cancel}
        variables={(o) => o.deviceOperationId}
        title="Cancel operation"
        name={(o) => `${o.name} (${o.deviceOperationId})`}
        confirmLabel="Cancel operation"
        description={() => 'The device stops the operation where it is; steps not yet run are skipped. This cannot be undone.'}
        doneTitle="Operation cancelled"
        done={(o) => `${o.name} was cancelled.`}
      />
    </section>
  );
}
