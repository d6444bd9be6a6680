import { ActionIcon, Badge, Button, Group, Modal, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconPlus, IconShieldLock, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatWireDuration } from '../../../../api/scaleway-lb/duration';
import type { Frontend, Lb } from '../../../../api/scaleway-lb/types';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { TableScroll } from '../../../../components/TableScroll';
import { formatInteger } from '../../../../lib/format';
import { lbQueries } from '../../api/lb-queries';
import { useCreateFrontend } from '../../api/use-create-frontend';
import { useDeleteFrontend } from '../../api/use-delete-frontend';
import { useUpdateFrontend } from '../../api/use-update-frontend';
import { lbChangeBlocker } from '../../lib/lb-labels';
import { FrontendForm } from './FrontendForm';

export function FrontendsTab({ lb, onShowAcls }: { lb: Lb; onShowAcls: (frontendId: string) => void }) {
  const region = lb.region ?? '';
  const frontends = useQuery(lbQueries.frontends(region, lb.id));
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
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          A frontend listens on a port of the load balancer and passes traffic to a backend.
        </Text>
        <Tooltip label={blocker ?? 'Create a backend first'} disabled={!blocker && !noBackend}>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')} disabled={Boolean(blocker) || noBackend}>
            Add frontend
          </Button>
        </Tooltip>
      </Group>
      {frontends.isPending ? <LoadingState label="Loading frontends…" /> : null}
      {frontends.isError ? <ErrorState error={frontends.error} onRetry={() => void frontends.refetch()} title="Could not load the frontends" /> : null}
      {frontends.data && frontends.data.length === 0 ? <EmptyState title="No frontend yet" description={noBackend ? 'Create a backend first, then a frontend that sends traffic to it.' : 'Add a frontend to start receiving traffic.'} /> : null}
      {frontends.data && frontends.data.length > 0 ? (
        <TableScroll minWidth={980}>
          <Table aria-label="Frontends" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Port</Table.Th>
                <Table.Th>Backend</Table.Th>
                <Table.Th>Certificates</Table.Th>
                <Table.Th>HTTP/3</Table.Th>
                <Table.Th>Rate limit</Table.Th>
                <Table.Th>Access logs</Table.Th>
                <Table.Th>Client timeout</Table.Th>
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
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label="ACLs and rule tester">
                        <ActionIcon variant="subtle" aria-label={`ACLs of ${f.name}`} onClick={() => onShowAcls(f.id)}>
                          <IconShieldLock size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      <ActionIcon variant="subtle" aria-label={`Edit ${f.name}`} onClick={() => setEditing(f)} disabled={Boolean(blocker)}>
                        <IconEdit size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon variant="subtle" color="red" aria-label={`Delete ${f.name}`} onClick={() => setDeleting(f)} disabled={Boolean(blocker)}>
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}

      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'Add frontend' : `Edit frontend ${editing?.name ?? ''}`} size="lg">
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
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => {
          deleteFrontend.reset();
          setDeleting(null);
        }}
        title="Delete frontend"
        resourceName={deleting?.name ?? ''}
        confirmLabel="Delete frontend"
        loading={deleteFrontend.isPending}
        error={deleteFrontend.isError ? deleteFrontend.error.message : undefined}
        description={`Port ${deleting?.inbound_port ?? ''} stops accepting traffic, and the frontend's ACLs and routes are deleted with it.`}
        onConfirm={() =>
          deleting &&
          deleteFrontend.mutate(deleting.id, {
            onSuccess: () => {
              notifications.show({ color: 'teal', title: 'Frontend deleted', message: `${deleting.name} was deleted.` });
              setDeleting(null);
            },
          })
        }
      />
    </Stack>
  );
}
