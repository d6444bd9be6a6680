import { ActionIcon, Code, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { certificateValidity, describeDaysRemaining } from '../../../../api/scaleway-lb/certificate-validity';
import type { Certificate, Lb } from '../../../../api/scaleway-lb/types';
import { EmptyState } from '../../../../components/EmptyState';
import { RowDialogs, useRowDialogs } from '../../../../components/RowDialogs';
import { QueryTable } from '../../../../components/QueryTable';
import { StatusBadge } from '../../../../components/StatusBadge';
import { formatDate } from '../../../../lib/format';
import { lbQueries } from '../../../../api/scaleway-lb/queries';
import { useCreateCertificate } from '../../api/use-create-certificate';
import { useDeleteCertificate } from '../../api/use-delete-certificate';
import { useUpdateCertificate } from '../../api/use-update-certificate';
import { CERT_HEALTH, CERT_TYPE_LABELS, lbChangeBlocker } from '../../lib/lb-labels';
import { validateLbName } from '../../lib/lb-validation';
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

function CertificateName({ certificate: c }: { certificate: Certificate }) {
  return (
    <>
      <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
        {c.name}
      </Text>
      {c.fingerprint ? (
        <Text size="xs" c="dimmed">
          SHA-1 <Code fz="xs">{c.fingerprint.slice(0, 16)}…</Code>
        </Text>
      ) : null}
    </>
  );
}

function CertificateDomains({ certificate: c }: { certificate: Certificate }) {
  return (
    <>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {c.common_name || '—'}
      </Text>
      {c.subject_alternative_name.length ? (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          also {c.subject_alternative_name.join(', ')}
        </Text>
      ) : null}
    </>
  );
}

/** Health from the validity dates, and the API's details (why Let's Encrypt failed, in red). */
function CertificateStatus({ certificate: c }: { certificate: Certificate }) {
  const health = CERT_HEALTH[certificateValidity(c).health];
  return (
    <>
      <StatusBadge {...health} busy={c.status === 'pending'} />
      {c.status_details ? (
        <Text size="xs" c={c.status === 'error' ? ERROR_TEXT : 'dimmed'} mt={4} maw={320} style={{ overflowWrap: 'anywhere' }}>
          {c.status_details}
        </Text>
      ) : null}
    </>
  );
}

function DaysRemaining({ certificate }: { certificate: Certificate }) {
  const { health, daysRemaining } = certificateValidity(certificate);
  const alarming = health === 'expiring' || health === 'expired';
  return (
    <Text size="sm" c={health === 'expired' ? ERROR_TEXT : health === 'expiring' ? WARNING_TEXT : undefined} fw={alarming ? 600 : undefined}>
      {describeDaysRemaining(daysRemaining)}
    </Text>
  );
}

export function CertificatesTab({ lb }: { lb: Lb }) {
  const region = lb.region ?? '';
  const certificates = useQuery(lbQueries.certificates(region, lb.id));
  const frontends = useQuery(lbQueries.frontends(region, lb.id));
  const createCertificate = useCreateCertificate(region, lb.id);
  const deleteCertificate = useDeleteCertificate(region, lb.id);
  const dialogs = useRowDialogs<Certificate>({ noun: 'certificate', name: (c) => c.name });
  const blocker = lbChangeBlocker(lb.status);
  const usedBy = (id: string) => (frontends.data ?? []).filter((f) => f.certificate_ids.includes(id)).map((f) => f.name);

  return (
    <Stack gap="md">
      <TabToolbar
        description="TLS certificates frontends present to clients. Let's Encrypt certificates renew themselves 30 days before expiry."
        actionLabel="Add certificate"
        onAction={dialogs.add}
        disabledReason={blocker}
      />
      <QueryTable
        query={certificates}
        what="the certificates"
        loadingLabel="Loading certificates…"
        empty={<EmptyState title="No certificate" description="Add one so frontends can terminate TLS (MQTTS, HTTPS, WSS)." />}
        label="Certificates"
        minWidth={1000}
        rowKey={(c) => c.id}
        columns={[
          { header: 'Name', cell: (c) => <CertificateName certificate={c} /> },
          { header: 'Type', cell: (c) => CERT_TYPE_LABELS[c.type] },
          { header: 'Domains', cell: (c) => <CertificateDomains certificate={c} /> },
          { header: 'Status', cell: (c) => <CertificateStatus certificate={c} /> },
          { header: 'Valid from', cell: (c) => formatDate(c.not_valid_before) },
          { header: 'Valid until', cell: (c) => formatDate(c.not_valid_after) },
          { header: 'Remaining', cell: (c) => <DaysRemaining certificate={c} /> },
          { header: 'Used by', cell: (c) => (usedBy(c.id).length ? usedBy(c.id).join(', ') : <Text size="sm" c="dimmed">Unused</Text>) },
          {
            header: 'Actions',
            cell: (c) => (
              <RowActions name={c.name} onDelete={() => dialogs.remove(c)}>
                <ActionIcon variant="subtle" aria-label={`Rename ${c.name}`} onClick={() => dialogs.edit(c)}>
                  <IconEdit size={16} aria-hidden />
                </ActionIcon>
              </RowActions>
            ),
          },
        ]}
      />

      {/* Only the name of a certificate can change: its "edit" is a rename. */}
      <RowDialogs
        dialogs={dialogs}
        title={(c) => (c ? 'Rename certificate' : 'Add certificate')}
        size={dialogs.editing === 'new' ? 'lg' : 'md'}
        deleteMutation={deleteCertificate}
        describeDelete={(c) =>
          usedBy(c.id).length
            ? `It is used by ${usedBy(c.id).join(', ')}: remove it from those frontends first, or the API refuses.`
            : 'The certificate and its private key are deleted from the load balancer. An imported key cannot be downloaded again.'
        }
      >
        {(certificate) =>
          certificate ? (
            <RenameCertificate certificate={certificate} region={region} lbId={lb.id} onDone={dialogs.close} />
          ) : (
            <CertificateForm
              lb={lb}
              onCancel={dialogs.close}
              onSubmit={async (body) => {
                const cert = await createCertificate.mutateAsync(body);
                notifications.show({
                  color: 'teal',
                  title: body.letsencrypt ? 'Certificate requested' : 'Certificate imported',
                  message: body.letsencrypt ? `Let's Encrypt is issuing ${cert.common_name}; the status updates here.` : `${cert.name} covers ${cert.common_name}.`,
                });
                dialogs.close();
              }}
            />
          )
        }
      </RowDialogs>
    </Stack>
  );
}
