import { Alert, Text } from '@mantine/core';
import { IconBroadcast } from '@tabler/icons-react';
import { formatInteger } from '../../../lib/format';
import type { TopicHandoff } from '../../../lib/topic-handoff';

/** Says where the preview's sample topics (and access-check identity) came from: the live viewer. */
export function HandoffNotice({ handoff, onDismiss }: { handoff: TopicHandoff; onDismiss: () => void }) {
  const count = handoff.topics.length;
  const identity = [handoff.clientId ? `client ID "${handoff.clientId}"` : null, handoff.username ? `user name "${handoff.username}"` : null].filter(Boolean).join(' and ');
  return (
    <Alert
      role="status"
      color="blue"
      variant="light"
      icon={<IconBroadcast aria-hidden />}
      title="Topics from the live viewer"
      mb="md"
      withCloseButton
      onClose={onDismiss}
      closeButtonLabel="Dismiss the live topics notice"
    >
      <Text size="sm">
        {formatInteger(count)} topic{count === 1 ? '' : 's'} from {handoff.source} — used as sample topics in the topic matrix
        {identity ? `; the access check uses the live connection's ${identity}` : ''}. Dismissing keeps them in the preview; clear them there.
      </Text>
    </Alert>
  );
}
