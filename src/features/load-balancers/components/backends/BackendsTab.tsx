import { Code, Divider, Drawer, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatWireDuration } from '../../../../api/scaleway-lb/duration';
import { healthCheckType, type Backend, type ChildOrderBy, type Lb } from '../../../../api/scaleway-lb/types';
import { orderByColumn, SortableTh } from '../../../../components/SortableTh';
import { formatDateTime } from '../../../../lib/format';
import type { TableOrder } from '../../lib/table-order';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { TableScroll } from '../../../../components/TableScroll';
import { lbQueries } from '../../../../api/scaleway-lb/queries';
import { useCreateBackend } from '../../api/use-create-backend';
import { useDeleteBackend } from '../../api/use-delete-backend';
import { useUpdateBackend } from '../../api/use-update-backend';
import { useUpdateHealthCheck } from '../../api/use-update-health-check';
import { ALGORITHMS, HEALTH_CHECK_LABELS, lbChangeBlocker, PROXY_PROTOCOL_LABELS, STICKY_LABELS } from '../../lib/lb-labels';
import { DeleteDialog } from '../../../../components/DeleteDialog';
import { RowActions } from '../RowActions';
import { TabToolbar } from '../TabToolbar';
import { BackendForm } from './BackendForm';
import { BackendServersPanel } from './BackendServersPanel';
import { WARNING_TEXT } from '../../../../components/text-colors';

/** Tells the form which of the two calls failed, so its field names are read right. */
class StepError extends Error {
  constructor(
    readonly step: 'settings' | 'health',
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : 'failed');
  }
}

async function step<T>(name: 'settings' | 'health', promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    throw new StepError(name, error);
  }
}

function describeCheck(b: Backend): string {
  const type = healthCheckType(b.health_check);
  const http = b.health_check?.http_config ?? b.health_check?.https_config;
  return `${HEALTH_CHECK_LABELS[type]}${http ? ` ${http.method} ${http.uri}` : ''} every ${formatWireDuration(b.health_check?.check_delay)}`;
}

export function BackendsTab({ lb, order, onOrder }: { lb: Lb } & TableOrder<ChildOrderBy>) {
  const region = lb.region ?? '';
  const backends = useQuery(lbQueries.backends(region, lb.id, order));
  const sortBy = (column: 'name' | 'created_at') => orderByColumn(order, column, onOrder);
  const createBackend = useCreateBackend(region, lb.id);
  const updateBackend = useUpdateBackend(region, lb.id);
  const updateHealthCheck = useUpdateHealthCheck(region, lb.id);
  const deleteBackend = useDeleteBackend(region, lb.id);
  const [editing, setEditing] = useState<Backend | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Backend | null>(null);
  const blocker = lbChangeBlocker(lb.status);

  return (
    <Stack gap="md">
      <TabToolbar description="A backend is a pool of servers, how traffic is spread over them, and how their health is checked." actionLabel="Add backend" onAction={() => setEditing('new')} disabledReason={blocker} />
      {backends.isPending ? <LoadingState label="Loading backends…" /> : null}
      {backends.isError ? <ErrorState error={backends.error} onRetry={() => void backends.refetch()} title="Could not load the backends" /> : null}
      {backends.data && backends.data.length === 0 ? <EmptyState title="No backend yet" description="Add a backend with your servers, then a frontend that sends traffic to it." /> : null}
      {backends.data && backends.data.length > 0 ? (
        <TableScroll minWidth={1000}>
          <Table aria-label="Backends" striped>
            <Table.Thead>
              <Table.Tr>
                <SortableTh {...sortBy('name')}>Name</SortableTh>
                <Table.Th>Forwards to</Table.Th>
                <Table.Th>Algorithm</Table.Th>
                <Table.Th>Servers</Table.Th>
                <Table.Th>Health check</Table.Th>
                <Table.Th>Sticky sessions</Table.Th>
                <Table.Th>Proxy protocol</Table.Th>
                <SortableTh {...sortBy('created_at')}>Created</SortableTh>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backends.data.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {b.name}
                  </Table.Td>
                  <Table.Td>
                    {b.forward_protocol.toUpperCase()} {b.forward_port}
                    {b.ssl_bridging ? ' (TLS)' : ''}
                  </Table.Td>
                  <Table.Td>{ALGORITHMS.find((a) => a.value === b.forward_port_algorithm)?.label}</Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      {b.pool.slice(0, 4).map((ip) => (
                        <Code key={ip} style={{ width: 'fit-content' }}>
                          {ip}
                        </Code>
                      ))}
                      {b.pool.length > 4 ? <Text size="xs">and {b.pool.length - 4} more</Text> : null}
                      {b.pool.length === 0 ? (
                        <Text size="sm" c={WARNING_TEXT}>
                          None
                        </Text>
                      ) : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{describeCheck(b)}</Table.Td>
                  <Table.Td>
                    {STICKY_LABELS[b.sticky_sessions]}
                    {b.sticky_sessions === 'cookie' ? ` (${b.sticky_sessions_cookie_name})` : ''}
                  </Table.Td>
                  <Table.Td>{PROXY_PROTOCOL_LABELS[b.proxy_protocol]}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(b.created_at)}</Table.Td>
                  <Table.Td>
                    <RowActions name={b.name} onEdit={() => setEditing(b)} onDelete={() => setDeleting(b)} disabled={Boolean(blocker)} editDisabled={false} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}

      <Drawer closeButtonProps={{ 'aria-label': 'Close' }} opened={editing !== null} onClose={() => setEditing(null)} position="right" size="xl" title={editing === 'new' ? 'Add backend' : `Edit backend ${editing?.name ?? ''}`}>
        {editing !== null ? (
          <Stack gap="lg">
            {editing !== 'new' ? (
              <>
                <BackendServersPanel backend={editing} region={region} lbId={lb.id} disabled={Boolean(blocker)} />
                <Divider />
              </>
            ) : null}
            <BackendForm
              backend={editing === 'new' ? undefined : editing}
              submitLabel={editing === 'new' ? 'Add backend' : 'Save backend'}
              onCancel={() => setEditing(null)}
              onSubmit={async ({ settings, healthCheck, serverIps, settingsChanged, healthCheckChanged }) => {
                if (editing === 'new') {
                  await createBackend.mutateAsync({ ...settings, health_check: healthCheck, server_ip: serverIps });
                  notifications.show({ color: 'teal', title: 'Backend added', message: `${settings.name} forwards to ${serverIps.length} server(s).` });
                } else {
                  if (settingsChanged) await step('settings', updateBackend.mutateAsync({ backendId: editing.id, body: settings }));
                  if (healthCheckChanged) await step('health', updateHealthCheck.mutateAsync({ backendId: editing.id, body: healthCheck }));
                  notifications.show({ color: 'teal', title: 'Backend saved', message: `${settings.name} was updated.` });
                }
                setEditing(null);
              }}
            />
          </Stack>
        ) : null}
      </Drawer>
      <DeleteDialog
        target={deleting}
        onClose={() => setDeleting(null)}
        mutation={deleteBackend}
        variables={(b) => b.id}
        noun="backend"
        name={(b) => b.name}
        description={(b) => `The backend and its ${b.pool.length} server entries are removed (the servers themselves are not touched). A backend still used by a frontend or a route cannot be deleted.`}
      />
    </Stack>
  );
}
