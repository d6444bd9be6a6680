import { Badge, Button, Code, Loader, Text, Title } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import { isOperationActive, type OperationSummary } from '../../../api/nexigon/types';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { EmptyState } from '../../../components/EmptyState';
import { DataTable } from '../../../components/DataTable';
import { QueryContent } from '../../../components/QueryContent';
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

/** The operation's name over its id (two operations may share a name). */
function OperationName({ operation }: { operation: OperationSummary }) {
  return (
    <>
      <Text size="sm">{operation.name}</Text>
      <Code fz="xs">{operation.deviceOperationId}</Code>
    </>
  );
}

function CancelOperationButton({ operation, onCancel }: { operation: OperationSummary; onCancel: () => void }) {
  return (
    <Button
      size="compact-sm"
      color="red"
      variant="light"
      leftSection={<IconPlayerStop size={14} aria-hidden />}
      aria-label={`Cancel ${operation.name} (${operation.deviceOperationId})`}
      onClick={onCancel}
    >
      Cancel
    </Button>
  );
}

/** The device's operations, newest first; followed while any is running (the query polls), each running one cancellable. */
export function OperationsTable({ deviceId }: { deviceId: string }) {
  const query = useQuery(nexigonDeviceQueries.operations(deviceId));
  const cancel = useCancelOperation(deviceId);
  const [cancelling, setCancelling] = useState<OperationSummary | null>(null);
  return (
    <section aria-labelledby="device-operations">
      <Title order={2} size="h4" mb="xs" id="device-operations">
        Operations
      </Title>
      <QueryContent query={query} what="the operations" empty={<EmptyState title="No operations" description="Commands run on this device show here with their progress." />}>
        {(operations) => (
          <DataTable
            label="Operations"
            minWidth={860}
            rows={operations}
            rowKey={(o) => o.deviceOperationId}
            columns={[
              { header: 'Operation', cell: (o) => <OperationName operation={o} /> },
              { header: 'Status', cell: (o) => <OperationStatusBadge status={o.status} /> },
              { header: 'Steps', cell: stepText },
              { header: 'Started', kind: 'nowrap', cell: (o) => formatDateTime(o.startedAt) },
              { header: 'Completed', kind: 'nowrap', cell: (o) => formatDateTime(o.completedAt) },
              { header: 'Error', kind: 'wrap', cell: (o) => o.lastError ?? '—' },
              { header: 'Actions', cell: (o) => (isOperationActive(o.status) ? <CancelOperationButton operation={o} onCancel={() => setCancelling(o)} /> : null) },
            ]}
          />
        )}
      </QueryContent>
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
