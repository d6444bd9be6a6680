import { Button, Group, Select, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Lb, SslCompatibilityLevel } from '../../../api/scaleway-lb/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';
import { applyApiFieldErrors } from '../../../lib/form-errors';
import { lbQueries, subscriberQueries } from '../../../api/scaleway-lb/queries';
import { useMigrateLb } from '../api/use-migrate-lb';
import { useSubscribeLb } from '../api/use-subscribe-lb';
import { useUnsubscribeLb } from '../api/use-unsubscribe-lb';
import { useUpdateLb } from '../api/use-update-lb';
import { remapFieldErrors } from '../../../lib/field-errors';
import { lbChangeBlocker, STOCK_LABELS } from '../lib/lb-labels';
import { validateLbName, validateTags } from '../lib/lb-validation';
import { SslLevelField } from './SslLevelField';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { HeadedSection } from '../../../components/HeadedSection';

interface SettingsValues {
  name: string;
  description: string;
  tags: string[];
  ssl: SslCompatibilityLevel;
  [key: string]: unknown;
}

export function LbSettingsTab({ lb }: { lb: Lb }) {
  return (
    <Stack gap="xl" maw={760}>
      <SettingsForm lb={lb} />
      <MigrateSection lb={lb} />
      <AlertsSection lb={lb} />
    </Stack>
  );
}

function SettingsForm({ lb }: { lb: Lb }) {
  const region = lb.region ?? '';
  const updateLb = useUpdateLb(region, lb.id);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<SettingsValues>({
    initialValues: {
      name: lb.name,
      description: lb.description,
      tags: lb.tags,
      ssl: lb.ssl_compatibility_level === 'ssl_compatibility_level_unknown' ? 'ssl_compatibility_level_intermediate' : lb.ssl_compatibility_level,
    },
    validate: { name: validateLbName, tags: validateTags },
  });
  const blocker = lbChangeBlocker(lb.status);
  return (
    <HeadedSection title="Settings">
      <form
        noValidate
        onSubmit={form.onSubmit((v) => {
          setFormErrors([]);
          updateLb.mutate(
            { name: v.name.trim(), description: v.description, tags: v.tags, ssl_compatibility_level: v.ssl },
            {
              onSuccess: (updated) => {
                form.resetDirty(v);
                notifications.show({ color: 'teal', title: 'Load balancer saved', message: `${updated.name} was updated.` });
              },
              onError: (error) => setFormErrors(applyApiFieldErrors(form, remapFieldErrors(error, { ssl_compatibility_level: 'ssl' }, { tags: 'tags' }))),
            },
          );
        })}
      >
        <UnsavedChangesGuard when={form.isDirty() && !updateLb.isPending} />
        <Stack gap="sm">
          <TextInput label="Name" required autoComplete="off" {...form.getInputProps('name')} />
          <Textarea label="Description" autosize minRows={2} maxRows={5} {...form.getInputProps('description')} />
          <TagsInput label="Tags" description="Press Enter after each tag." clearable {...form.getInputProps('tags')} />
          <SslLevelField value={form.getValues().ssl} onChange={(v) => form.setFieldValue('ssl', v)} error={form.errors.ssl} />
          <FormErrorAlert title="The settings were not saved" messages={formErrors} />
          <Group>
            <Button type="submit" loading={updateLb.isPending} disabled={!form.isDirty() || Boolean(blocker)}>
              Save settings
            </Button>
            {form.isDirty() ? (
              <Button variant="default" onClick={() => form.reset()}>
                Discard changes
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </HeadedSection>
  );
}

function MigrateSection({ lb }: { lb: Lb }) {
  const region = lb.region ?? '';
  const types = useQuery(lbQueries.types(region));
  const migrate = useMigrateLb(region, lb.id);
  const [target, setTarget] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const blocker = lbChangeBlocker(lb.status);
  const options = (types.data ?? []).filter((t) => t.name !== lb.type).map((t) => ({ value: t.name, label: `${t.name}${t.stock_status === 'available' ? '' : ` (${STOCK_LABELS[t.stock_status]})`}`, disabled: t.stock_status === 'out_of_stock' }));
  const chosen = types.data?.find((t) => t.name === target);
  return (
    <HeadedSection title="Migrate to another type">
      <Text size="sm" c="dimmed" mb="sm">
        Currently {lb.type}. Migration keeps the addresses and configuration; connections are interrupted for a few seconds while the instances are replaced.
      </Text>
      <Group align="flex-end">
        <Select label="New type" placeholder={types.isPending ? 'Loading…' : 'Choose a type'} data={options} value={target} onChange={setTarget} w={260} description={chosen?.description} />
        <Button variant="light" disabled={!target || Boolean(blocker)} onClick={() => setConfirming(true)}>
          Migrate
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        onClose={() => {
          migrate.reset();
          setConfirming(false);
        }}
        title="Migrate load balancer"
        resourceName={lb.name}
        color="blue"
        confirmLabel={`Migrate to ${target ?? ''}`}
        loading={migrate.isPending}
        error={migrate.isError ? migrate.error.message : undefined}
        description={`From ${lb.type} to ${target ?? ''}. Open connections are cut while the instances are replaced; devices reconnect on their own if they retry.`}
        onConfirm={() =>
          target &&
          migrate.mutate(target, {
            onSuccess: () => {
              setConfirming(false);
              setTarget(null);
              notifications.show({ color: 'teal', title: 'Migration started', message: `${lb.name} is moving to ${target}.` });
            },
          })
        }
      />
    </HeadedSection>
  );
}

function AlertsSection({ lb }: { lb: Lb }) {
  const region = lb.region ?? '';
  const subscribers = useQuery(subscriberQueries.list(region));
  const subscribe = useSubscribeLb(region);
  const unsubscribe = useUnsubscribeLb(region);
  const [choice, setChoice] = useState<string | null>(null);
  return (
    <HeadedSection title="Alerts">
      <Text size="sm" mb="sm">
        {lb.subscriber
          ? `Alerts (backend servers down, certificate renewal failures…) go to ${lb.subscriber.name}.`
          : 'Nobody is alerted when this load balancer has a problem.'}{' '}
        <Link to={`/load-balancers/subscribers?region=${region}`}>Manage subscribers</Link>
      </Text>
      <Group align="flex-end">
        <Select
          label="Alert subscriber"
          placeholder={subscribers.isPending ? 'Loading…' : 'Choose a subscriber'}
          data={(subscribers.data ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.email_config?.email ?? s.webhook_config?.uri ?? ''})` }))}
          value={choice ?? lb.subscriber?.id ?? null}
          onChange={setChoice}
          w={420}
        />
        <Button
          variant="light"
          disabled={!choice || choice === lb.subscriber?.id}
          loading={subscribe.isPending}
          onClick={() =>
            choice &&
            subscribe.mutate(
              { lbId: lb.id, subscriberId: choice },
              { onSuccess: (updated) => notifications.show({ color: 'teal', title: 'Subscribed', message: `${updated.name} now alerts ${updated.subscriber?.name ?? 'the subscriber'}.` }) },
            )
          }
        >
          Subscribe
        </Button>
        {lb.subscriber ? (
          <Button
            variant="subtle"
            color="red"
            loading={unsubscribe.isPending}
            onClick={() =>
              unsubscribe.mutate(lb.id, {
                onSuccess: () => {
                  setChoice(null);
                  notifications.show({ color: 'teal', title: 'Unsubscribed', message: `${lb.name} no longer sends alerts.` });
                },
              })
            }
          >
            Unsubscribe
          </Button>
        ) : null}
      </Group>
    </HeadedSection>
  );
}
