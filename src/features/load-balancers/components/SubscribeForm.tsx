import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Lb, Subscriber } from '../../../api/scaleway-lb/types';
import { WARNING_TEXT } from '../../../components/text-colors';
import { useSubscribeLb } from '../api/use-subscribe-lb';

/** Picks a load balancer whose alerts the subscriber should receive (a load balancer has one subscriber: the form says whom it replaces). */
export function SubscribeForm({ subscriber, lbs, region, onDone }: { subscriber: Subscriber; lbs: readonly Lb[]; region: string; onDone: () => void }) {
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
