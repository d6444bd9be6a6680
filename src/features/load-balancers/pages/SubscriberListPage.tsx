import { ActionIcon, Anchor, Button, CloseButton, Group, Modal, Stack, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBellPlus, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Lb, Subscriber } from '../../../api/scaleway-lb/types';
import { EmptyState } from '../../../components/EmptyState';
import { DataTable } from '../../../components/DataTable';
import { EditDialog, type EditTarget } from '../../../components/EditDialog';
import { PlaceholderText } from '../../../components/PlaceholderText';
import { QueryContent } from '../../../components/QueryContent';
import { PageTitle } from '../../../components/PageTitle';
import { useScalewayRegion } from '../../../lib/use-scaleway-region';
import { lbQueries, subscriberQueries } from '../../../api/scaleway-lb/queries';
import { useDeleteSubscriber } from '../api/use-delete-subscriber';
import { useUnsubscribeLb } from '../api/use-unsubscribe-lb';
import { LbAreaNav } from '../components/LbAreaNav';
import { SubscriberForm } from '../components/SubscriberForm';
import { SubscribeForm } from '../components/SubscribeForm';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { RowActions } from '../components/RowActions';

/** The load balancers that alert a subscriber, each with its Unsubscribe button. */
function SubscribedLbs({ subscriber, lbs, region }: { subscriber: Subscriber; lbs: readonly Lb[]; region: string }) {
  const unsubscribe = useUnsubscribeLb(region);
  if (lbs.length === 0) return <PlaceholderText />;
  return (
    <Stack gap={2}>
      {lbs.map((lb) => (
        <Group key={lb.id} gap={4} wrap="nowrap">
          <Anchor component={Link} to={`/load-balancers/${region}/${lb.id}`} size="sm">
            {lb.name}
          </Anchor>
          <CloseButton
            size="sm"
            aria-label={`Unsubscribe ${lb.name}`}
            disabled={unsubscribe.isPending}
            onClick={() => unsubscribe.mutate(lb.id, { onSuccess: () => notifications.show({ color: 'teal', title: 'Unsubscribed', message: `${lb.name} no longer alerts ${subscriber.name}.` }) })}
          />
        </Group>
      ))}
    </Stack>
  );
}

export function SubscriberListPage() {
  const region = useScalewayRegion();
  const subscribers = useQuery(subscriberQueries.list(region));
  const lbs = useQuery(lbQueries.everything(region));
  const deleteSubscriber = useDeleteSubscriber(region);
  const [editing, setEditing] = useState<EditTarget<Subscriber>>(null);
  const [subscribing, setSubscribing] = useState<Subscriber | null>(null);
  const [deleting, setDeleting] = useState<Subscriber | null>(null);
  const subscribedLbs = (id: string) => (lbs.data ?? []).filter((lb) => lb.subscriber?.id === id);

  return (
    <>
      <PageTitle
        title="Alert subscribers"
        subtitle={`Who hears about load balancer problems in ${region}: an email address or a webhook per subscriber, one subscriber per load balancer.`}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            Create subscriber
          </Button>
        }
      />
      <LbAreaNav region={region} />
      <QueryContent query={subscribers} what="the subscribers" loadingLabel="Loading subscribers…" empty={<EmptyState title={`No subscriber in ${region}`} description="Create one, then subscribe load balancers to it." />}>
        {(rows) => (
          <DataTable
            label="Alert subscribers"
            minWidth={900}
            rows={rows}
            rowKey={(s) => s.id}
            columns={[
              { header: 'Name', kind: 'name', cell: (s) => s.name },
              { header: 'Channel', cell: (s) => (s.webhook_config ? 'Webhook' : 'Email') },
              { header: 'Target', kind: 'wrap', cell: (s) => s.email_config?.email ?? s.webhook_config?.uri ?? '—' },
              { header: 'Load balancers', cell: (s) => <SubscribedLbs subscriber={s} lbs={subscribedLbs(s.id)} region={region} /> },
              {
                header: 'Actions',
                cell: (s) => (
                  <RowActions name={s.name} onEdit={() => setEditing(s)} onDelete={() => setDeleting(s)}>
                    <Tooltip label="Subscribe a load balancer">
                      <ActionIcon variant="subtle" aria-label={`Subscribe a load balancer to ${s.name}`} onClick={() => setSubscribing(s)}>
                        <IconBellPlus size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </RowActions>
                ),
              },
            ]}
          />
        )}
      </QueryContent>
      <EditDialog target={editing} onClose={() => setEditing(null)} noun="subscriber" name={(s) => s.name} size="md" title={(s) => (s ? `Edit ${s.name}` : 'Create subscriber')}>
        {(subscriber) => <SubscriberForm subscriber={subscriber} region={region} onDone={() => setEditing(null)} />}
      </EditDialog>
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={subscribing !== null} onClose={() => setSubscribing(null)} title={`Subscribe a load balancer to ${subscribing?.name ?? ''}`}>
        {subscribing ? <SubscribeForm subscriber={subscribing} lbs={lbs.data ?? []} region={region} onDone={() => setSubscribing(null)} /> : null}
      </Modal>
      <DeleteDialog
        target={deleting}
        onClose={() => setDeleting(null)}
        mutation={deleteSubscriber}
        variables={(sub) => sub.id}
        noun="subscriber"
        name={(sub) => sub.name}
        description={(sub) => (subscribedLbs(sub.id).length ? `${subscribedLbs(sub.id).map((lb) => lb.name).join(', ')} will send alerts to nobody.` : 'No load balancer uses this subscriber.')}
      />
    </>
  );
}
