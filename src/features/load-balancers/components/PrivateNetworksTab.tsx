import { ActionIcon, Code, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlugConnected, IconUnlink } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Lb, PrivateNetwork, PrivateNetworkOrderBy } from '../../../api/scaleway-lb/types';
import { orderByColumn } from '../../../components/SortableTh';
import type { TableOrder } from '../lib/table-order';
import { CopyableCode } from '../../../components/CopyableCode';
import { EmptyState } from '../../../components/EmptyState';
import { QueryTable } from '../../../components/QueryTable';
import { StatusBadge } from '../../../components/StatusBadge';
import { applyApiFieldErrors } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { lbQueries } from '../../../api/scaleway-lb/queries';
import { useAttachPrivateNetwork } from '../api/use-attach-private-network';
import { useDetachPrivateNetwork } from '../api/use-detach-private-network';
import { lbChangeBlocker } from '../lib/lb-labels';
import { UUID_PATTERN } from '../../../lib/validators';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { FormActions } from '../../../components/FormActions';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { TabToolbar } from './TabToolbar';
import { MONO_INPUT } from '../../../components/mono-input';

const STATUS_COLORS: Record<PrivateNetwork['status'], string> = { ready: 'teal', pending: 'blue', error: 'red', unknown: 'gray' };

interface AttachValues {
  private_network_id: string;
  ipam_id: string;
  [key: string]: unknown;
}

function AttachForm({ lb, attached, onDone }: { lb: Lb; attached: readonly string[]; onDone: () => void }) {
  const attach = useAttachPrivateNetwork(lb.region ?? '', lb.id);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<AttachValues>({
    initialValues: { private_network_id: '', ipam_id: '' },
    validate: {
      private_network_id: (v) => {
        if (!UUID_PATTERN.test(v.trim())) return 'A Private Network ID is a UUID (VPC → Private Networks in the Scaleway console)';
        return attached.includes(v.trim()) ? 'Already attached to this load balancer' : null;
      },
      ipam_id: (v) => (v.trim() === '' || UUID_PATTERN.test(v.trim()) ? null : 'An IPAM IP ID is a UUID'),
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        setFormErrors([]);
        attach.mutate(
          { privateNetworkId: v.private_network_id.trim(), ipamIds: v.ipam_id.trim() ? [v.ipam_id.trim()] : [] },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', title: 'Private network attaching', message: `${lb.name} gets an address on ${v.private_network_id.trim()}.` });
              onDone();
            },
            onError: (error) => setFormErrors(applyApiFieldErrors(form, error, { 'ipam_ids.0': 'ipam_id', ipam_ids: 'ipam_id' })),
          },
        );
      })}
    >
      <Stack gap="sm">
        <TextInput label="Private Network ID" required data-autofocus autoComplete="off" styles={MONO_INPUT} {...form.getInputProps('private_network_id')} />
        <TextInput
          label="Reserved IPAM IP ID"
          description="Optional: the ID of an IPv4 you reserved in IPAM. Empty: the load balancer gets a new address from the network's DHCP."
          autoComplete="off"
          styles={MONO_INPUT}
          {...form.getInputProps('ipam_id')}
        />
        <FormErrorAlert title="The private network was not attached" messages={formErrors} />
        <FormActions submitLabel="Attach" onCancel={onDone} submitting={attach.isPending} />
      </Stack>
    </form>
  );
}

export function PrivateNetworksTab({ lb, order, onOrder }: { lb: Lb } & TableOrder<PrivateNetworkOrderBy>) {
  const region = lb.region ?? '';
  const networks = useQuery(lbQueries.privateNetworks(region, lb.id, order));
  const detach = useDetachPrivateNetwork(region, lb.id);
  const [attaching, setAttaching] = useState(false);
  const [detaching, setDetaching] = useState<PrivateNetwork | null>(null);
  const blocker = lbChangeBlocker(lb.status);
  return (
    <Stack gap="md">
      <TabToolbar
        description="On a private network, the load balancer reaches backend servers by their private addresses, without going through the Internet."
        actionLabel="Attach private network"
        icon={<IconPlugConnected size={16} aria-hidden />}
        onAction={() => setAttaching(true)}
        disabledReason={blocker}
      />
      <QueryTable
        query={networks}
        what="the private networks"
        loadingLabel="Loading private networks…"
        empty={<EmptyState title="No private network" description="Backend servers are reached over their public or routed addresses." />}
        label="Private networks"
        rowKey={(pn) => pn.private_network_id}
        columns={[
          { header: 'Private Network ID', cell: (pn) => <CopyableCode value={pn.private_network_id} /> },
          { header: 'Status', cell: (pn) => <StatusBadge label={pn.status} color={STATUS_COLORS[pn.status]} busy={pn.status === 'pending'} /> },
          { header: 'IPAM IP IDs', cell: (pn) => pn.ipam_ids.map((id) => <Code key={id} display="block">{id}</Code>) },
          { header: 'Attached', sort: orderByColumn(order, 'created_at', onOrder), cell: (pn) => formatDateTime(pn.created_at) },
          {
            header: 'Detach',
            cell: (pn) => (
              <ActionIcon variant="subtle" color="red" aria-label={`Detach ${pn.private_network_id}`} onClick={() => setDetaching(pn)} disabled={Boolean(blocker)}>
                <IconUnlink size={16} aria-hidden />
              </ActionIcon>
            ),
          },
        ]}
      />
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={attaching} onClose={() => setAttaching(false)} title="Attach private network">
        {attaching ? <AttachForm lb={lb} attached={(networks.data ?? []).map((p) => p.private_network_id)} onDone={() => setAttaching(false)} /> : null}
      </Modal>
      <DeleteDialog
        target={detaching}
        onClose={() => setDetaching(null)}
        mutation={detach}
        variables={(pn) => pn.private_network_id}
        title="Detach private network"
        doneTitle="Private network detached"
        name={(pn) => pn.private_network_id}
        confirmLabel="Detach"
        description={() => `${lb.name} loses its address on this network: backend servers reached through it become unreachable and their health checks fail.`}
        done={(pn) => `${lb.name} left ${pn.private_network_id}.`}
      />
    </Stack>
  );
}
