import { Alert, Badge, Button, ColorSwatch, Group, NativeSelect, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { filterCovers, validateTopicFilter } from '../../../acl/topic';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { RemoveIconButton } from '../../../components/RemoveIconButton';
import type { SubscriptionRefusal } from '../../../mqtt/live-session';
import { formatReasonCode } from '../../../mqtt/reason-codes';
import type { QoS, RateSeries, SubscriptionSpec, SubscriptionState } from '../../../mqtt/types';
import { colorVar, nextColor, SUBSCRIPTION_COLORS } from '../lib/colors';
import { formatRate } from '../lib/format-live';

function SubscriptionResult({ s }: { s: SubscriptionState }) {
  switch (s.status) {
    case 'granted':
      return (
        <Badge color="green" variant="light">
          Granted QoS {s.grantedQos}
          {s.grantedQos !== null && s.grantedQos < s.qos ? ' (downgraded)' : ''}
        </Badge>
      );
    case 'failed':
      return (
        <Badge color="red" variant="light" title={s.reason ?? undefined}>
          Refused {s.reasonCode !== null ? formatReasonCode(s.reasonCode) : ''}: {s.reason}
        </Badge>
      );
    case 'pending':
      return (
        <Badge color="blue" variant="light">
          Subscribing…
        </Badge>
      );
    default:
      return (
        <Badge color="gray" variant="light">
          Not active
        </Badge>
      );
  }
}

export function SubscriptionsCard({
  subscriptions,
  rates,
  localBroker,
  onSubscribe,
  onUnsubscribe,
  onShowOnly,
  refusal,
  onDismissRefusal,
}: {
  subscriptions: SubscriptionState[];
  refusal: SubscriptionRefusal | null;
  onDismissRefusal: () => void;
  rates: Record<string, RateSeries> | undefined;
  localBroker: boolean;
  onSubscribe: (spec: SubscriptionSpec) => void;
  onUnsubscribe: (id: string) => void;
  onShowOnly: (filter: string) => void;
}) {
  const [filter, setFilter] = useState('');
  const [qos, setQos] = useState<QoS>(0);
  const [color, setColor] = useState(() => nextColor(subscriptions.map((s) => s.color)));
  const [touched, setTouched] = useState(false);
  const [confirmEverything, setConfirmEverything] = useState<SubscriptionSpec | null>(null);
  // A refused subscription was rolled back: its filter comes back to the field, unless the user is typing another.
  // A refusal from before this card mounted is only shown, not put back into the field.
  const [seenRefusal, setSeenRefusal] = useState<number | null>(() => refusal?.id ?? null);
  if (refusal && refusal.id !== seenRefusal) {
    setSeenRefusal(refusal.id);
    if (!filter.trim()) {
      setFilter(refusal.filter);
      setQos(refusal.qos);
      setColor(refusal.color);
    }
  }
  const validation = validateTopicFilter(filter.trim());
  const duplicate = subscriptions.some((s) => s.filter === filter.trim());
  const error = !filter.trim() ? (touched ? 'Enter a topic filter, e.g. devices/+/telemetry' : null) : !validation.valid ? validation.reason : duplicate ? 'Already subscribed to this filter' : null;

  const add = (spec: SubscriptionSpec) => {
    onDismissRefusal();
    onSubscribe(spec);
    setFilter('');
    setTouched(false);
    setColor(nextColor([...subscriptions.map((s) => s.color), spec.color]));
  };

  return (
    <Stack gap="xs">
      <form
        aria-label="Add subscription"
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          const f = filter.trim();
          if (!f || error) return;
          const spec: SubscriptionSpec = { id: crypto.randomUUID(), filter: f, qos, color };
          // Everything on a production broker can be a firehose: ask first.
          if (!localBroker && filterCovers(f, '#')) setConfirmEverything(spec);
          else add(spec);
        }}
      >
        <Group gap="xs" align="flex-start" wrap="wrap">
          <TextInput
            label="Topic filter"
            placeholder="devices/+/telemetry"
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            error={error}
            style={{ flex: '1 1 220px' }}
            autoComplete="off"
            spellCheck={false}
          />
          <NativeSelect
            label="QoS"
            data={['0', '1', '2']}
            value={String(qos)}
            onChange={(e) => setQos(Number(e.currentTarget.value) as QoS)}
            w={70}
          />
          <NativeSelect
            label="Colour"
            data={SUBSCRIPTION_COLORS.map((c) => ({ value: c, label: c }))}
            value={color}
            onChange={(e) => setColor(e.currentTarget.value)}
            leftSection={<ColorSwatch color={colorVar(color)} size={14} aria-hidden />}
            w={120}
          />
          <Button type="submit" mt={25}>
            Subscribe
          </Button>
        </Group>
      </form>
      {refusal ? (
        <Alert color="red" variant="light" role="alert" title="Subscription refused" withCloseButton closeButtonLabel="Dismiss" onClose={onDismissRefusal} p="xs">
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            The broker refused <code>{refusal.filter}</code>: Refused {formatReasonCode(refusal.reasonCode)}: {refusal.reason}. It was not added; the filter is back in the
            field to change or retry.
          </Text>
        </Alert>
      ) : null}
      {subscriptions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No subscriptions yet. Try <code>devices/#</code> on the local broker.
        </Text>
      ) : (
        <ul aria-label="Subscriptions" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {subscriptions.map((s) => (
            <li key={s.id} aria-label={`Subscription ${s.filter}`} style={{ padding: '4px 0', borderBottom: '1px solid var(--mantine-color-default-border)' }}>
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Group gap="xs" wrap="wrap" style={{ minWidth: 0 }}>
                  <ColorSwatch color={colorVar(s.color)} size={12} aria-hidden />
                  <VisuallyHidden>Colour {s.color}</VisuallyHidden>
                  <Text ff="monospace" size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {s.filter}
                  </Text>
                  <Text size="xs" c="dimmed">
                    QoS {s.qos}
                  </Text>
                  <SubscriptionResult s={s} />
                  <Text size="xs" c="dimmed" ff="monospace" aria-label={`Rate for ${s.filter}`}>
                    {formatRate(rates?.[s.id]?.current ?? 0)}
                  </Text>
                </Group>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-xs" variant="subtle" onClick={() => onShowOnly(s.filter)} aria-label={`Show only ${s.filter}`}>
                    Show only
                  </Button>
                  <RemoveIconButton tooltip="Unsubscribe" label={`Unsubscribe from ${s.filter}`} onClick={() => onUnsubscribe(s.id)} />
                </Group>
              </Group>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        opened={confirmEverything !== null}
        onClose={() => setConfirmEverything(null)}
        onConfirm={() => {
          if (confirmEverything) add(confirmEverything);
          setConfirmEverything(null);
        }}
        title="Subscribe to every topic?"
        resourceName={confirmEverything?.filter ?? '#'}
        description="This is not a local broker: a subscription to every topic can deliver the whole fleet's traffic to this tab, and counts against the broker's and your quota. The buffer stays bounded, but consider a narrower filter."
        confirmLabel="Subscribe to everything"
      />
    </Stack>
  );
}
