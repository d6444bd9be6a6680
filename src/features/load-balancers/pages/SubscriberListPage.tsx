import { ActionIcon, Anchor, Button, CloseButton, Group, Modal, Select, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconBellPlus, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Lb, Subscriber } from '../../../api/scaleway-lb/types';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { PageTitle } from '../../../components/PageTitle';
import { TableScroll } from '../../../components/TableScroll';
import { applyApiFieldErrors } from '../../../lib/form-errors';
import { useProfile } from '../../../lib/use-profiles';
import { useScalewayRegion } from '../../../lib/use-scaleway-region';
import { lbQueries, subscriberQueries } from '../../../api/scaleway-lb/queries';
import { useCreateSubscriber } from '../api/use-create-subscriber';
import { useDeleteSubscriber } from '../api/use-delete-subscriber';
import { useSubscribeLb } from '../api/use-subscribe-lb';
import { useUnsubscribeLb } from '../api/use-unsubscribe-lb';
import { useUpdateSubscriber } from '../api/use-update-subscriber';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { LbAreaNav } from '../components/LbAreaNav';
import { validateLbName } from '../lib/lb-validation';
import { FormActions } from '../../../components/FormActions';
import { LabeledSegments } from '../components/LabeledSegments';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { RowActions } from '../components/RowActions';
import { WARNING_TEXT } from '../../../components/text-colors';

interface SubscriberValues {
  name: string;
  kind: 'email' | 'webhook';
  email: string;
  uri: string;
  [key: string]: unknown;
}

function SubscriberForm({ subscriber, region, onDone }: { subscriber?: Subscriber; region: string; onDone: () => void }) {
  const profile = useProfile('scaleway');
  const create = useCreateSubscriber(region);
  const update = useUpdateSubscriber(region);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<SubscriberValues>({
    initialValues: { name: subscriber?.name ?? '', kind: subscriber?.webhook_config ? 'webhook' : 'email', email: subscriber?.email_config?.email ?? '', uri: subscriber?.webhook_config?.uri ?? '' },
    validate: {
      name: validateLbName,
      email: (v, values) => (values.kind === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? 'Enter an email address' : null),
      uri: (v, values) => (values.kind === 'webhook' && !(URL.canParse(v.trim()) && new URL(v.trim()).protocol === 'https:') ? 'Enter an https:// URL that accepts POST requests' : null),
    },
  });
  const v = form.getValues();
  const pending = create.isPending || update.isPending;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setFormErrors([]);
        const body = { name: values.name.trim(), ...(values.kind === 'email' ? { email_config: { email: values.email.trim() } } : { webhook_config: { uri: values.uri.trim() } }) };
        const options = {
          onSuccess: (s: Subscriber) => {
            notifications.show({ color: 'teal', title: subscriber ? 'Subscriber saved' : 'Subscriber created', message: `${s.name} receives alerts of the load balancers subscribed to it.` });
            onDone();
          },
          onError: (error: Error) => setFormErrors(applyApiFieldErrors(form, error, { 'email_config.email': 'email', 'webhook_config.uri': 'uri', email_config: 'email' })),
        };
        if (subscriber) update.mutate({ subscriberId: subscriber.id, body }, options);
        else create.mutate({ ...body, project_id: profile.projectId }, options);
      })}
    >
      <Stack gap="sm">
        <TextInput label="Name" required data-autofocus autoComplete="off" {...form.getInputProps('name')} />
        <LabeledSegments
          label="Alerts go to"
          data={[
            { value: 'email', label: 'Email' },
            { value: 'webhook', label: 'Webhook' },
          ]}
          value={v.kind}
          onChange={(k) => form.setFieldValue('kind', k === 'webhook' ? 'webhook' : 'email')}
        />
        {v.kind === 'email' ? (
          <TextInput label="Email address" required type="email" {...form.getInputProps('email')} />
        ) : (
          <TextInput label="Webhook URL" required description="Scaleway POSTs a JSON alert to this URL (Slack, PagerDuty, Opsgenie…)." {...form.getInputProps('uri')} />
        )}
        <FormErrorAlert title="The subscriber was not saved" messages={formErrors} />
        <FormActions submitLabel={subscriber ? 'Save' : 'Create subscriber'} onCancel={onDone} submitting={pending} />
      </Stack>
    </form>
  );
}

function SubscribeForm({ subscriber, lbs, region, onDone }: { subscriber: Subscriber; lbs: readonly Lb[]; region: string; onDone: () => void }) {
  const subscribe = useSubscribeLb(region);
  const [lbId, setLbId] = useState<string | null>(null);
  const chosen = lbs.find((lb) => lb.id === lbId);
  return (
    <Stack gap="sm">
      <Select
        label="Load balancer"
        placeholder="Choose a load balancer"
        data={lbs.filter((lb) => lb.subscriber?.id !== subscriber.id).map((lb) => ({ value: lb.id, label: lb.subscriber ? `${lb.name} (now alerts ${lb.subscriber.name})` : lb.name }))}
        value={lbId}
        onChange={setLbId}
        searchable
        data-autofocus
      />
      {chosen?.subscriber ? (
        <Text size="sm" c={WARNING_TEXT}>
          A load balancer has one subscriber: {chosen.subscriber.name} will stop receiving its alerts.
        </Text>
      ) : null}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          disabled={!lbId}
          loading={subscribe.isPending}
          onClick={() =>
            lbId &&
            subscribe.mutate(
              { lbId, subscriberId: subscriber.id },
              {
                onSuccess: (lb) => {
                  notifications.show({ color: 'teal', title: 'Subscribed', message: `${subscriber.name} now receives the alerts of ${lb.name}.` });
                  onDone();
                },
              },
            )
          }
        >
          Subscribe
        </Button>
      </Group>
    </Stack>
  );
}

export function SubscriberListPage() {
  const region = useScalewayRegion();
  const subscribers = useQuery(subscriberQueries.list(region));
  const lbs = useQuery(lbQueries.everything(region));
  const unsubscribe = useUnsubscribeLb(region);
  const deleteSubscriber = useDeleteSubscriber(region);
  const [editing, setEditing] = useState<Subscriber | 'new' | null>(null);
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
      {subscribers.isPending ? <LoadingState label="Loading subscribers…" /> : null}
      {subscribers.isError ? <ErrorState error={subscribers.error} onRetry={() => void subscribers.refetch()} title="Could not load the subscribers" /> : null}
      {subscribers.data && subscribers.data.length === 0 ? <EmptyState title={`No subscriber in ${region}`} description="Create one, then subscribe load balancers to it." /> : null}
      {subscribers.data && subscribers.data.length > 0 ? (
        <TableScroll minWidth={900}>
          <Table aria-label="Alert subscribers" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Channel</Table.Th>
                <Table.Th>Target</Table.Th>
                <Table.Th>Load balancers</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {subscribers.data.map((s) => {
                const subscribed = subscribedLbs(s.id);
                return (
                  <Table.Tr key={s.id}>
                    <Table.Td fw={500}>{s.name}</Table.Td>
                    <Table.Td>{s.webhook_config ? 'Webhook' : 'Email'}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{s.email_config?.email ?? s.webhook_config?.uri ?? '—'}</Table.Td>
                    <Table.Td>
                      {subscribed.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          None
                        </Text>
                      ) : (
                        <Stack gap={2}>
                          {subscribed.map((lb) => (
                            <Group key={lb.id} gap={4} wrap="nowrap">
                              <Anchor component={Link} to={`/load-balancers/${region}/${lb.id}`} size="sm">
                                {lb.name}
                              </Anchor>
                              <CloseButton size="sm" aria-label={`Unsubscribe ${lb.name}`} disabled={unsubscribe.isPending} onClick={() => unsubscribe.mutate(lb.id, { onSuccess: () => notifications.show({ color: 'teal', title: 'Unsubscribed', message: `${lb.name} no longer alerts ${s.name}.` }) })} />
                            </Group>
                          ))}
                        </Stack>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <RowActions name={s.name} onEdit={() => setEditing(s)} onDelete={() => setDeleting(s)}>
                        <Tooltip label="Subscribe a load balancer">
                          <ActionIcon variant="subtle" aria-label={`Subscribe a load balancer to ${s.name}`} onClick={() => setSubscribing(s)}>
                            <IconBellPlus size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      </RowActions>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'Create subscriber' : `Edit ${editing?.name ?? ''}`}>
        {editing !== null ? <SubscriberForm subscriber={editing === 'new' ? undefined : editing} region={region} onDone={() => setEditing(null)} /> : null}
      </Modal>
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
