import { ActionIcon, Badge, Code, Loader, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { certificateValidity, describeDaysRemaining } from '../../../../api/scaleway-lb/certificate-validity';
import type { Certificate, Lb } from '../../../../api/scaleway-lb/types';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { TableScroll } from '../../../../components/TableScroll';
import { formatDate } from '../../../../lib/format';
import { lbQueries } from '../../../../api/scaleway-lb/queries';
import { useCreateCertificate } from '../../api/use-create-certificate';
import { useDeleteCertificate } from '../../api/use-delete-certificate';
import { useUpdateCertificate } from '../../api/use-update-certificate';
import { CERT_HEALTH, CERT_TYPE_LABELS, lbChangeBlocker } from '../../lib/lb-labels';
import { validateLbName } from '../../lib/lb-validation';
import { DeleteDialog } from '../../../../components/DeleteDialog';
import { FormActions } from '../../../../components/FormActions';
import { RowActions } from '../RowActions';
import { TabToolbar } from '../TabToolbar';
import { CertificateForm } from './CertificateForm';
import { ERROR_TEXT, WARNING_TEXT } from '../../../../components/text-colors';

function RenameCertificate({ certificate, region, lbId, onDone }: { certificate: Certificate; region: string; lbId: string; onDone: () => void }) {
  const update = useUpdateCertificate(region, lbId);
  const [name, setName] = useState(certificate.name);
  const problem = validateLbName(name);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (problem) return;
        update.mutate({ certificateId: certificate.id, body: { name: name.trim() } }, { onSuccess: onDone });
      }}
    >
      <Stack gap="sm">
        <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={(name !== certificate.name && problem) || (update.isError ? update.error.message : undefined)} data-autofocus />
        <FormActions submitLabel="Rename" onCancel={onDone} submitting={update.isPending} disabled={Boolean(problem) || name === certificate.name} />
      </Stack>
    </form>
  );
}

export function CertificatesTab({ lb }: { lb: Lb }) {
  const region = lb.region ?? '';
  const certificates = useQuery(lbQueries.certificates(region, lb.id));
  const frontends = useQuery(lbQueries.frontends(region, lb.id));
  const createCertificate = useCreateCertificate(region, lb.id);
  const deleteCertificate = useDeleteCertificate(region, lb.id);
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<Certificate | null>(null);
  const [deleting, setDeleting] = useState<Certificate | null>(null);
  const blocker = lbChangeBlocker(lb.status);
  const usedBy = (id: string) => (frontends.data ?? []).filter((f) => f.certificate_ids.includes(id)).map((f) => f.name);

  return (
    <Stack gap="md">
      <TabToolbar
        description="TLS certificates frontends present to clients. Let's Encrypt certificates renew themselves 30 days before expiry."
        actionLabel="Add certificate"
        onAction={() => setCreating(true)}
        disabledReason={blocker}
      />
      {certificates.isPending ? <LoadingState label="Loading certificates…" /> : null}
      {certificates.isError ? <ErrorState error={certificates.error} onRetry={() => void certificates.refetch()} title="Could not load the certificates" /> : null}
      {certificates.data && certificates.data.length === 0 ? <EmptyState title="No certificate" description="Add one so frontends can terminate TLS (MQTTS, HTTPS, WSS)." /> : null}
      {certificates.data && certificates.data.length > 0 ? (
        <TableScroll minWidth={1000}>
          <Table aria-label="Certificates" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Type</Table.Th>
                <Table.Th>Domains</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Valid from</Table.Th>
                <Table.Th>Valid until</Table.Th>
                <Table.Th>Remaining</Table.Th>
                <Table.Th>Used by</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {certificates.data.map((c) => {
                const validity = certificateValidity(c);
                const health = CERT_HEALTH[validity.health];
                const users = usedBy(c.id);
                return (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                        {c.name}
                      </Text>
                      {c.fingerprint ? (
                        <Text size="xs" c="dimmed">
                          SHA-1 <Code fz="xs">{c.fingerprint.slice(0, 16)}…</Code>
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{CERT_TYPE_LABELS[c.type]}</Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {c.common_name || '—'}
                      </Text>
                      {c.subject_alternative_name.length ? (
                        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          also {c.subject_alternative_name.join(', ')}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={health.color} variant="light" leftSection={c.status === 'pending' ? <Loader size={10} aria-hidden /> : undefined}>
                        {health.label}
                      </Badge>
                      {c.status_details ? (
                        <Text size="xs" c={c.status === 'error' ? ERROR_TEXT : 'dimmed'} mt={4} maw={320} style={{ overflowWrap: 'anywhere' }}>
                          {c.status_details}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{formatDate(c.not_valid_before)}</Table.Td>
                    <Table.Td>{formatDate(c.not_valid_after)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c={validity.health === 'expired' ? ERROR_TEXT : validity.health === 'expiring' ? WARNING_TEXT : undefined} fw={validity.health === 'expiring' || validity.health === 'expired' ? 600 : undefined}>
                        {describeDaysRemaining(validity.daysRemaining)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{users.length ? users.join(', ') : <Text size="sm" c="dimmed">Unused</Text>}</Table.Td>
                    <Table.Td>
                      <RowActions name={c.name} onDelete={() => setDeleting(c)}>
                        <ActionIcon variant="subtle" aria-label={`Rename ${c.name}`} onClick={() => setRenaming(c)}>
                          <IconEdit size={16} aria-hidden />
                        </ActionIcon>
                      </RowActions>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}

      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={creating} onClose={() => setCreating(false)} title="Add certificate" size="lg">
        {creating ? (
          <CertificateForm
            lb={lb}
            onCancel={() => setCreating(false)}
            onSubmit={async (body) => {
              const cert = await createCertificate.mutateAsync(body);
              notifications.show({
                color: 'teal',
                title: body.letsencrypt ? 'Certificate requested' : 'Certificate imported',
                message: body.letsencrypt ? `Let's Encrypt is issuing ${cert.common_name}; the status updates here.` : `${cert.name} covers ${cert.common_name}.`,
              });
              setCreating(false);
            }}
          />
        ) : null}
      </Modal>
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={renaming !== null} onClose={() => setRenaming(null)} title="Rename certificate">
        {renaming ? <RenameCertificate certificate={renaming} region={region} lbId={lb.id} onDone={() => setRenaming(null)} /> : null}
      </Modal>
      <DeleteDialog
        target={deleting}
        onClose={() => setDeleting(null)}
        mutation={deleteCertificate}
        variables={(c) => c.id}
        noun="certificate"
        name={(c) => c.name}
        description={(c) =>
          usedBy(c.id).length
            ? `It is used by ${usedBy(c.id).join(', ')}: remove it from those frontends first, or the API refuses.`
            : 'The certificate and its private key are deleted from the load balancer. An imported key cannot be downloaded again.'
        }
      />
    </Stack>
  );
}
