import { ActionIcon, Stack, Tooltip } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { formatWireDuration } from '../../../../api/scaleway-lb/duration';
import type { ChildOrderBy, Frontend, Lb } from '../../../../api/scaleway-lb/types';
import { orderByColumn } from '../../../../components/SortableTh';
import { RowDialogs, useRowDialogs } from '../../../../components/RowDialogs';
import { QueryTable } from '../../../../components/QueryTable';
import { NameBadges } from '../NameBadges';
import type { TableOrder } from '../../lib/table-order';
import { EmptyState } from '../../../../components/EmptyState';
import { formatDateTime, formatInteger } from '../../../../lib/format';
import { lbQueries } from '../../../../api/scaleway-lb/queries';
import { useCreateFrontend } from '../../api/use-create-frontend';
import { useDeleteFrontend } from '../../api/use-delete-frontend';
import { useUpdateFrontend } from '../../api/use-update-frontend';
import { lbChangeBlocker } from '../../lib/lb-labels';
import { RowActions } from '../RowActions';
import { TabToolbar } from '../TabToolbar';
import { FrontendForm } from './FrontendForm';

export function FrontendsTab({ lb, onShowAcls, order, onOrder }: { lb: Lb; onShowAcls: (frontendId: string) => void } & TableOrder<ChildOrderBy>) {
  const region = lb.region ?? '';
  const frontends = useQuery(lbQueries.frontends(region, lb.id, order));
  const sortBy = (column: 'name' | 'created_at') => orderByColumn(order, column, onOrder);
  const backends = useQuery(lbQueries.backends(region, lb.id));
  const certificates = useQuery(lbQueries.certificates(region, lb.id));
  const createFrontend = useCreateFrontend(region, lb.id);
  const updateFrontend = useUpdateFrontend(region, lb.id);
  const deleteFrontend = useDeleteFrontend(region, lb.id);
  const dialogs = useRowDialogs<Frontend>({ noun: 'frontend', name: (f) => f.name });
  const blocker = lbChangeBlocker(lb.status);
  const certificateName = (id: string) => certificates.data?.find((c) => c.id === id)?.name ?? id.slice(0, 8);
  const noBackend = backends.isSuccess && backends.data.length === 0;

  return (
    <Stack gap="md">
      <TabToolbar
        description="A frontend listens on a port of the load balancer and passes traffic to a backend."
        actionLabel="Add frontend"
        onAction={dialogs.add}
        // The form picks its backend when it opens: opened before the backends arrive, it would say there are none.
        disabledReason={blocker ?? (noBackend ? 'Create a backend first' : backends.isPending ? 'Loading the backends…' : null)}
      />
      <QueryTable
        query={frontends}
        what="the frontends"
        empty={<EmptyState title="No frontend yet" description={noBackend ? 'Create a backend first, then a frontend that sends traffic to it.' : 'Add a frontend to start receiving traffic.'} />}
        label="Frontends"
        minWidth={980}
        rowKey={(f) => f.id}
        columns={[
          { header: 'Name', sort: sortBy('name'), kind: 'name', cell: (f) => f.name },
          { header: 'Port', cell: (f) => f.inbound_port },
          { header: 'Backend', cell: (f) => (f.backend ? `${f.backend.name} (${f.backend.forward_protocol.toUpperCase()} ${f.backend.forward_port})` : '—') },
          { header: 'Certificates', cell: (f) => <NameBadges names={f.certificate_ids.map(certificateName)} /> },
          { header: 'HTTP/3', cell: (f) => (f.enable_http3 ? 'On' : 'Off') },
          { header: 'Rate limit', cell: (f) => (f.connection_rate_limit ? `${formatInteger(f.connection_rate_limit)}/s` : 'None') },
          { header: 'Access logs', cell: (f) => (f.enable_access_logs ? 'On' : 'Off') },
          { header: 'Client timeout', cell: (f) => formatWireDuration(f.timeout_client) },
          { header: 'Created', sort: sortBy('created_at'), kind: 'nowrap', cell: (f) => formatDateTime(f.created_at) },
          {
            header: 'Actions',
            cell: (f) => (
              <RowActions name={f.name} onEdit={() => dialogs.edit(f)} onDelete={() => dialogs.remove(f)} disabled={Boolean(blocker)}>
                <Tooltip label="ACLs and rule tester">
                  <ActionIcon variant="subtle" aria-label={`ACLs of ${f.name}`} onClick={() => onShowAcls(f.id)}>
                    <IconShieldLock size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </RowActions>
            ),
          },
        ]}
      />

      <RowDialogs dialogs={dialogs} deleteMutation={deleteFrontend} describeDelete={(f) => `Port ${f.inbound_port} stops accepting traffic, and the frontend's ACLs and routes are deleted with it.`}>
        {(frontend, frame) => (
          <FrontendForm
            frontend={frontend}
            backends={backends.data ?? []}
            certificates={certificates.data ?? []}
            {...frame}
            onSubmit={(settings) =>
              dialogs.save(frontend, () => (frontend ? updateFrontend.mutateAsync({ frontendId: frontend.id, body: settings }) : createFrontend.mutateAsync(settings)), `${settings.name} listens on port ${settings.inbound_port}.`)
            }
          />
        )}
      </RowDialogs>
    </Stack>
  );
}
