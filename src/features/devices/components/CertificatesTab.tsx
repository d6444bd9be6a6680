import { Alert, Anchor, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../../api/errors/api-error';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import type { DeviceCertificate, DeviceDetails } from '../../../api/nexigon/types';
import type { WireDeviceCertificateStatus } from '../../../api/nexigon/wire';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { CopyValue } from '../../../components/CopyValue';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { useDeleteCertificate } from '../api/use-delete-certificate';
import { useSetCertificateStatus } from '../api/use-set-certificate-status';
import { conflictPeers } from '../lib/conflict-peers';
import { CERTIFICATE_STATUS_MEANINGS } from '../lib/device-labels';
import { AddCertificateForm } from './AddCertificateForm';
import { CertificateStatusBadge } from './StatusBadges';
import { TimeText } from './TimeText';

interface Transition {
  label: string;
  verb: string;
  to: WireDeviceCertificateStatus;
  color: string;
  /** Asks first, explaining the consequence. */
  confirm?: string;
}

const APPROVE: Transition = { label: 'Approve', verb: 'approve', to: 'Active', color: 'teal' };
const REJECT: Transition = { label: 'Reject', verb: 'reject', to: 'Rejected', color: 'gray' };
const REVOKE: Transition = {
  label: 'Revoke',
  verb: 'revoke',
  to: 'Revoked',
  color: 'red',
  confirm: 'The device can no longer authenticate with this certificate. If it is the only active one, the device goes offline until another certificate is approved.',
};

/** The moves an operator makes from each status. Revoked is final here: re-trusting a revoked key is not an operator's everyday move. */
export function transitionsOf(cert: DeviceCertificate): Transition[] {
  switch (cert.status) {
    case 'Pending':
      return [APPROVE, REJECT];
    case 'Active':
      return [REVOKE];
    case 'Rejected':
      return [APPROVE];
    case 'Conflict':
      return [
        {
          ...APPROVE,
          label: 'Approve anyway',
          confirm: 'This fingerprint was also presented by another device. Approve only if you have checked that this device is the rightful owner of the key.',
        },
        REJECT,
      ];
    default:
      return [];
  }
}

/** The other device presenting a conflicting certificate, by name once its details arrive. */
function PeerDevice({ deviceId }: { deviceId: string }) {
  const peer = useQuery(nexigonDeviceQueries.detail(deviceId));
  return (
    <Anchor component={Link} to={`/devices/${deviceId}?tab=certificates`} size="sm" c="inherit" underline="always" fw={600}>
      {peer.data?.name ?? deviceId}
    </Anchor>
  );
}

/** The whole fingerprint (it may wrap), with a copy button. */
function Fingerprint({ value }: { value: string }) {
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <Code style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>{value}</Code>
      <CopyValue value={value} label="Copy fingerprint" />
    </Group>
  );
}

type Pending = { kind: 'transition'; cert: DeviceCertificate; transition: Transition } | { kind: 'delete'; cert: DeviceCertificate };

const ORDER: Record<string, number> = { Conflict: 0, Pending: 1, Active: 2, Rejected: 3, Revoked: 4 };

export function CertificatesTab({ device }: { device: DeviceDetails }) {
  const setStatus = useSetCertificateStatus(device.deviceId);
  const deleteCertificate = useDeleteCertificate(device.deviceId);
  const [pending, setPending] = useState<Pending | null>(null);
  const certificates = [...device.certificates].sort((a, b) => (ORDER[a.status] ?? 5) - (ORDER[b.status] ?? 5) || b.firstSeen.localeCompare(a.firstSeen));
  const conflicts = certificates.filter((c) => c.status === 'Conflict');
  // The hub's audit record of a conflict names the other device.
  const audit = useQuery({ ...nexigonDeviceQueries.auditLog(device.deviceId), enabled: conflicts.length > 0 });
  const peers = conflictPeers(audit.data, conflicts.map((c) => c.certificateId));

  const apply = (cert: DeviceCertificate, transition: Transition) => {
    setStatus.mutate(
      { certificateId: cert.certificateId, status: transition.to, verb: transition.verb },
      { onSuccess: () => notifications.show({ color: 'teal', title: `Certificate ${transition.to.toLowerCase()}`, message: `${cert.fingerprint.slice(0, 23)}… is now ${transition.to}.` }) },
    );
  };

  return (
    <Stack gap="lg">
      {conflicts.length > 0 ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Certificate conflict" role="alert">
          <Text size="sm">{CERTIFICATE_STATUS_MEANINGS.Conflict}</Text>
          {conflicts.map((c) => {
            const peer = peers.get(c.certificateId);
            return (
              <Text size="sm" mt={4} key={c.certificateId}>
                Affected: {c.fingerprint.slice(0, 23)}…{peer ? <>, also presented by <PeerDevice deviceId={peer} /></> : null}
              </Text>
            );
          })}
        </Alert>
      ) : null}
      {certificates.length === 0 ? (
        <EmptyState title="No certificates" description="The device presents a certificate when it connects; it then appears here as Pending. You can also add one below." />
      ) : (
        <DataTable
          label="Certificates"
          minWidth={820}
          rows={certificates}
          rowKey={(cert) => cert.certificateId}
          rowProps={(cert) => (cert.status === 'Conflict' ? { style: { backgroundColor: 'var(--mantine-color-red-light)' } } : {})}
          columns={[
            { header: 'Fingerprint (SHA-256)', cell: (cert) => <Fingerprint value={cert.fingerprint} /> },
            { header: 'Status', width: 120, cell: (cert) => <CertificateStatusBadge status={cert.status} /> },
            { header: 'First seen', width: 150, cell: (cert) => <TimeText value={cert.firstSeen} /> },
            {
              header: 'Actions',
              width: 320,
              cell: (cert) => (
                <Group gap={6}>
                  {transitionsOf(cert).map((t) => (
                    <Button
                      key={t.label}
                      size="compact-sm"
                      variant="light"
                      color={t.color}
                      disabled={setStatus.isPending && setStatus.variables?.certificateId === cert.certificateId}
                      onClick={() => (t.confirm ? setPending({ kind: 'transition', cert, transition: t }) : apply(cert, t))}
                    >
                      {t.label}
                    </Button>
                  ))}
                  <Button size="compact-sm" variant="subtle" color="red" onClick={() => setPending({ kind: 'delete', cert })}>
                    Delete
                  </Button>
                </Group>
              ),
            },
          ]}
        />
      )}
      <div>
        <Title order={2} size="h4" mb="xs">
          Add a certificate
        </Title>
        <AddCertificateForm deviceId={device.deviceId} existing={device.certificates.map((c) => c.fingerprint)} />
      </div>

      <ConfirmDialog
        opened={pending?.kind === 'transition'}
        onClose={() => setPending(null)}
        title={pending?.kind === 'transition' ? `${pending.transition.label} certificate` : ''}
        resourceName={pending?.cert.fingerprint ?? ''}
        description={pending?.kind === 'transition' ? pending.transition.confirm : ''}
        confirmLabel={pending?.kind === 'transition' ? `${pending.transition.label} certificate` : ''}
        color={pending?.kind === 'transition' ? pending.transition.color : 'red'}
        onConfirm={() => {
          if (pending?.kind === 'transition') apply(pending.cert, pending.transition);
          setPending(null);
        }}
      />
      <DeleteDialog
        target={pending?.kind === 'delete' ? pending.cert : null}
        onClose={() => setPending(null)}
        mutation={deleteCertificate}
        variables={(cert) => cert.certificateId}
        noun="certificate"
        name={(cert) => cert.fingerprint}
        description={() => 'The certificate is removed from the device. If the device presents it again, it comes back as Pending. To refuse it for good, reject or revoke it instead.'}
        describeError={(error) => errorMessage(error, 'The certificate could not be deleted.')}
        done={(cert) => `${cert.fingerprint.slice(0, 23)}… was removed.`}
      />
    </Stack>
  );
}
