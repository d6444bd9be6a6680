import { ActionIcon, Badge, Group, Modal, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShieldLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatWireDuration } from '../../../../api/scaleway-lb/duration';
import type { ChildOrderBy, Frontend, Lb } from '../../../../api/scaleway-lb/types';
import { orderByColumn, SortableTh } from '../../../../components/SortableTh';
import type { TableOrder } from '../../lib/table-order';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { TableScroll } from '../../../../components/TableScroll';
import { formatDateTime, formatInteger } from '../../../../lib/format';
import { lbQueries } from '../../../../api/scaleway-lb/queries';
import { useCreateFrontend } from '../../api/use-create-frontend';
import { useDeleteFrontend } from '../../api/use-delete-frontend';
import { useUpdateFrontend } from '../../api/use-update-frontend';
import { lbChangeBlocker } from '../../lib/lb-labels';
import { DeleteDialog } from '../../../../components/DeleteDialog';
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
  const [editing, setEditing] = useState<Frontend | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Frontend | null>(null);
  const blocker = lbChangeBlocker(lb.status);
  const certificateName = (id: string) => certificates.data?.find((c) => c.id === id)?.name ?? id.slice(0, 8);
  const noBackend = backends.isSuccess && backends.data.length === 0;

  return (
    <Stack gap="md">
      <TabToolbar
        description="A frontend listens on a port of the load balancer and passes traffic to a backend."
        actionLabel="Add frontend"
        onAction={() => setEditing('new')}
        // The form picks its backend when it opens: opened before the backends arrive, it would say there are none.
        disabledReason={blocker ?? (noBackend ? 'Create a backend first' : backends.isPending ? 'Loading the backends…' : null)}
      />
      {frontends.isPending ? <LoadingState label="Loading frontends…" /> : null}
      {frontends.isError ? <ErrorState error={frontends.error} onRetry={() => void frontends.refetch()} title="Could not load the frontends" /> : null}
      {frontends.data && frontends.data.length === 0 ? <EmptyState title="No frontend yet" description={noBackend ? 'Create a backend first, then a frontend that sends traffic to it.' : 'Add a frontend to start receiving traffic.'} /> : null}
      {frontends.data && frontends.data.length > 0 ? (
        <TableScroll minWidth={980}>
          <Table aria-label="Frontends" striped>
            <Table.Thead>
              <Table.Tr>
                <SortableTh {...sortBy('name')}>Name</SortableTh>
                <Table.Th>Port</Table.Th>
                <Table.Th>Backend</Table.Th>
                <Table.Th>Certificates</Table.Th>
                <Table.Th>HTTP/3</Table.Th>
                <Table.Th>Rate limit</Table.Th>
                <Table.Th>Access logs</Table.Th>
                <Table.Th>Client timeout</Table.Th>
                <SortableTh {...sortBy('created_at')}>Created</SortableTh>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {frontends.data.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {f.name}
                  </Table.Td>
                  <Table.Td>{f.inbound_port}</Table.Td>
                  <Table.Td>{f.backend ? `${f.backend.name} (${f.backend.forward_protocol.toUpperCase()} ${f.backend.forward_port})` : '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {f.certificate_ids.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          None
                        </Text>
                      ) : (
                        f.certificate_ids.map((id) => (
                          <Badge key={id} variant="light" color="gray" style={{ textTransform: 'none' }}>
                            {certificateName(id)}
                          </Badge>
                        ))
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{f.enable_http3 ? 'On' : 'Off'}</Table.Td>
                  <Table.Td>{f.connection_rate_limit ? `${formatInteger(f.connection_rate_limit)}/s` : 'None'}</Table.Td>
                  <Table.Td>{f.enable_access_logs ? 'On' : 'Off'}</Table.Td>
                  <Table.Td>{formatWireDuration(f.timeout_client)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(f.created_at)}</Table.Td>
                  <Table.Td>
                    <RowActions name={f.name} onEdit={() => setEditing(f)} onDelete={() => setDeleting(f)} disabled={Boolean(blocker)}>
                      <Tooltip label="ACLs and rule tester">
                        <ActionIcon variant="subtle" aria-label={`ACLs of ${f.name}`} onClick={() => onShowAcls(f.id)}>
                          <IconShieldLock size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </RowActions>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}

      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'Add frontend' : `Edit frontend ${editing?.name ?? ''}`} size="lg">
        {editing !== null ? (
          <FrontendForm
            frontend={editing === 'new' ? undefined : editing}
            backends={backends.data ?? []}
            certificates={certificates.data ?? []}
            submitLabel={editing === 'new' ? 'Add frontend' : 'Save frontend'}
            onCancel={() => setEditing(null)}
            onSubmit={async (settings) => {
              if (editing === 'new') await createFrontend.mutateAsync(settings);
              else await updateFrontend.mutateAsync({ frontendId: editing.id, body: settings });
              notifications.show({ color: 'teal', title: editing === 'new' ? 'Frontend added' : 'Frontend saved', message: `${settings.name} listens on port ${settings.inbound_port}.` });
              setEditing(null);
            }}
          />
        ) : null}
      </Modal>
      <DeleteDialog
        target={deleting}
        onClose={() => setDeleting(null)}
        mutation={deleteFrontend}
        variables={(f) => f.id}
        noun="frontend"
        name={(f) => f.name}
        description={(f) => `Port ${f.inbound_port} stops accepting traffic, and the frontend's ACLs and routes are deleted with it.`}
      />
    </Stack>
  );
}
