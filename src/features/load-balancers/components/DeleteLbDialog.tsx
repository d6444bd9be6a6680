import { Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { isApiError } from '../../../api/errors/api-error';
import type { Lb } from '../../../api/scaleway-lb/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useDeleteLb } from '../api/use-delete-lb';

export function describeDeleteLbError(error: unknown, lb: Lb): string {
  if (!isApiError(error)) return 'The load balancer could not be deleted.';
  if (error.code === 'transient_state') return `"${lb.name}" is changing right now (${String(error.details.current_state ?? lb.status)}). Wait until it is ready, then try again.`;
  if (error.status === 404) return 'This load balancer no longer exists: it was deleted elsewhere.';
  return error.message;
}

/** Deleting is irreversible: the name is typed, and what happens to the public addresses is an explicit choice. */
export function DeleteLbDialog({ lb, opened, onClose, onDeleted }: { lb: Lb; opened: boolean; onClose: () => void; onDeleted: () => void }) {
  const [ipChoice, setIpChoice] = useState<'keep' | 'release'>('keep');
  const deleteLb = useDeleteLb(lb.region ?? '', lb.id);
  const addresses = lb.ip.map((ip) => ip.ip_address).join(', ');
  const close = () => {
    deleteLb.reset();
    setIpChoice('keep');
    onClose();
  };
  const release = ipChoice === 'release' && lb.ip.length > 0;
  return (
    <ConfirmDialog
      opened={opened}
      onClose={close}
      title="Delete load balancer"
      resourceName={lb.name}
      requireTypedName
      confirmLabel={release ? 'Delete and release IPs' : 'Delete load balancer'}
      loading={deleteLb.isPending}
      error={deleteLb.isError ? describeDeleteLbError(deleteLb.error, lb) : undefined}
      description={
        <Text size="sm">
          Deleting is permanent: traffic to this load balancer stops at once, and its {lb.frontend_count} frontends, {lb.backend_count} backends, their ACLs, routes and
          certificates are deleted with it.
        </Text>
      }
      onConfirm={() =>
        deleteLb.mutate(release, {
          onSuccess: () => {
            notifications.show({
              color: 'teal',
              title: 'Load balancer deleted',
              message: lb.ip.length === 0 ? `${lb.name} was deleted.` : release ? `${lb.name} was deleted and ${addresses} released.` : `${lb.name} was deleted; ${addresses} stayed in your account.`,
            });
            close();
            onDeleted();
          },
        })
      }
    >
      {lb.ip.length > 0 ? (
        <Radio.Group label="Flexible IP addresses" value={ipChoice} onChange={(v) => setIpChoice(v === 'release' ? 'release' : 'keep')}>
          <Stack gap="xs" mt={4}>
            <Radio
              value="keep"
              label={`Keep ${addresses}`}
              description="The addresses stay in your account, detached (and billed as flexible IPs). Attach them to another load balancer later: DNS records pointing at them keep working."
            />
            <Radio
              value="release"
              label={`Release ${addresses}`}
              description="The addresses go back to Scaleway and cannot be recovered. DNS records and device configurations pointing at them stop working."
            />
          </Stack>
        </Radio.Group>
      ) : (
        <Text size="sm" c="dimmed">
          This load balancer has no flexible IP.
        </Text>
      )}
    </ConfirmDialog>
  );
}
