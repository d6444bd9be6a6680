import { ActionIcon, Anchor, Button, CloseButton, Group, Modal, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
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
      <EditDialog target={editing} onClose={() => setEditing(null)} noun="subscriber" name={(s) => s.name} size="md" titles={{ add: 'Create subscriber', edit: (s) => `Edit ${s.name}` }}>
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
