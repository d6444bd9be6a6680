import { Code, Divider, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { formatWireDuration } from '../../../../api/scaleway-lb/duration';
import { healthCheckType, type Backend, type ChildOrderBy, type Lb } from '../../../../api/scaleway-lb/types';
import { orderByColumn } from '../../../../components/SortableTh';
import { RowDialogs, useRowDialogs } from '../../../../components/RowDialogs';
import { QueryTable } from '../../../../components/QueryTable';
import { formatDateTime } from '../../../../lib/format';
import type { TableOrder } from '../../lib/table-order';
import { EmptyState } from '../../../../components/EmptyState';
import { lbQueries } from '../../../../api/scaleway-lb/queries';
import { useCreateBackend } from '../../api/use-create-backend';
import { useDeleteBackend } from '../../api/use-delete-backend';
import { useUpdateBackend } from '../../api/use-update-backend';
import { useUpdateHealthCheck } from '../../api/use-update-health-check';
import { ALGORITHMS, HEALTH_CHECK_LABELS, lbChangeBlocker, PROXY_PROTOCOL_LABELS, STICKY_LABELS } from '../../lib/lb-labels';
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

/** The first servers of a pool, one per line; an empty pool is a warning (the backend serves nothing). */
function ServerPool({ pool }: { pool: string[] }) {
  return (
    <Stack gap={0}>
      {pool.slice(0, 4).map((ip) => (
        <Code key={ip} style={{ width: 'fit-content' }}>
          {ip}
        </Code>
      ))}
      {pool.length > 4 ? <Text size="xs">and {pool.length - 4} more</Text> : null}
      {pool.length === 0 ? (
        <Text size="sm" c={WARNING_TEXT}>
          None
        </Text>
      ) : null}
    </Stack>
  );
}

export function BackendsTab({ lb, order, onOrder }: { lb: Lb } & TableOrder<ChildOrderBy>) {
  const region = lb.region ?? '';
  const backends = useQuery(lbQueries.backends(region, lb.id, order));
  const sortBy = (column: 'name' | 'created_at') => orderByColumn(order, column, onOrder);
  const createBackend = useCreateBackend(region, lb.id);
  const updateBackend = useUpdateBackend(region, lb.id);
  const updateHealthCheck = useUpdateHealthCheck(region, lb.id);
  const deleteBackend = useDeleteBackend(region, lb.id);
  const dialogs = useRowDialogs<Backend>({ noun: 'backend', name: (b) => b.name });
  const blocker = lbChangeBlocker(lb.status);

  return (
    <Stack gap="md">
      <TabToolbar description="A backend is a pool of servers, how traffic is spread over them, and how their health is checked." actionLabel="Add backend" onAction={dialogs.add} disabledReason={blocker} />
      <QueryTable
        query={backends}
        what="the backends"
        empty={<EmptyState title="No backend yet" description="Add a backend with your servers, then a frontend that sends traffic to it." />}
        label="Backends"
        minWidth={1000}
        rowKey={(b) => b.id}
        columns={[
          { header: 'Name', sort: sortBy('name'), kind: 'name', cell: (b) => b.name },
          { header: 'Forwards to', cell: (b) => `${b.forward_protocol.toUpperCase()} ${b.forward_port}${b.ssl_bridging ? ' (TLS)' : ''}` },
          { header: 'Algorithm', cell: (b) => ALGORITHMS.find((a) => a.value === b.forward_port_algorithm)?.label },
          { header: 'Servers', cell: (b) => <ServerPool pool={b.pool} /> },
          { header: 'Health check', cell: describeCheck },
          { header: 'Sticky sessions', cell: (b) => `${STICKY_LABELS[b.sticky_sessions]}${b.sticky_sessions === 'cookie' ? ` (${b.sticky_sessions_cookie_name})` : ''}` },
          { header: 'Proxy protocol', cell: (b) => PROXY_PROTOCOL_LABELS[b.proxy_protocol] },
          { header: 'Created', sort: sortBy('created_at'), kind: 'nowrap', cell: (b) => formatDateTime(b.created_at) },
          { header: 'Actions', cell: (b) => <RowActions name={b.name} onEdit={() => dialogs.edit(b)} onDelete={() => dialogs.remove(b)} disabled={Boolean(blocker)} editDisabled={false} /> },
        ]}
      />

      <RowDialogs
        dialogs={dialogs}
        drawer
        size="xl"
        deleteMutation={deleteBackend}
        describeDelete={(b) => `The backend and its ${b.pool.length} server entries are removed (the servers themselves are not touched). A backend still used by a frontend or a route cannot be deleted.`}
      >
        {(backend, frame) => (
          <Stack gap="lg">
            {backend ? (
              <>
                <BackendServersPanel backend={backend} region={region} lbId={lb.id} disabled={Boolean(blocker)} />
                <Divider />
              </>
            ) : null}
            <BackendForm
              backend={backend}
              {...frame}
              onSubmit={({ settings, healthCheck, serverIps, settingsChanged, healthCheckChanged }) =>
                backend
                  ? dialogs.save(backend, async () => {
                      if (settingsChanged) await step('settings', updateBackend.mutateAsync({ backendId: backend.id, body: settings }));
                      if (healthCheckChanged) await step('health', updateHealthCheck.mutateAsync({ backendId: backend.id, body: healthCheck }));
                    }, `${settings.name} was updated.`)
                  : dialogs.save(undefined, () => createBackend.mutateAsync({ ...settings, health_check: healthCheck, server_ip: serverIps }), `${settings.name} forwards to ${serverIps.length} server(s).`)
              }
            />
          </Stack>
        )}
      </RowDialogs>
    </Stack>
  );
}
