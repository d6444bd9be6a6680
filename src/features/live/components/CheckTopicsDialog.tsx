import { Alert, Button, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { namespaceQueries } from '../../../api/akamai/queries';
import { NAMESPACE_PAGE_SIZE_MAX, isJurisdiction } from '../../../api/akamai/types';
import { ErrorState } from '../../../components/ErrorState';
import { FormActions } from '../../../components/FormActions';
import { formatInteger } from '../../../lib/format';
import { handOffTopics, MAX_HANDOFF_TOPICS } from '../../../lib/topic-handoff';
import { configurationPreviewHref, liveHandoff } from '../lib/acl-handoff';
import { useLiveSession } from '../lib/use-live';

/** Our namespaces: the first page, as large as the API gives (the namespaces area pages through more). */
const OWN_NAMESPACES = { page: 0, size: NAMESPACE_PAGE_SIZE_MAX, hostnames: [] as string[] };

/**
 * "Check these topics against an ACL…": choose a namespace configuration, and its match preview opens
 * with the topics seen in this session (the topic tree, most recent first, up to 10,000) as sample
 * topics, and this connection's client ID and user name in the access check. The topics go through
 * the shared hand-off store (`src/lib/topic-handoff.ts`), never the URL.
 */
export function CheckTopicsDialog({ opened, onClose, topicCount }: { opened: boolean; onClose: () => void; topicCount: number }) {
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={onClose} title="Check these topics against an ACL" size="lg">
      {/* Mounted only while open: no namespace request until asked, and a fresh choice each time. */}
      {opened ? <CheckTopicsForm onClose={onClose} topicCount={topicCount} /> : null}
    </Modal>
  );
}

function CheckTopicsForm({ onClose, topicCount }: { onClose: () => void; topicCount: number }) {
  const session = useLiveSession();
  const navigate = useNavigate();
  const [namespace, setNamespace] = useState('');
  const [jurisdiction, setJurisdiction] = useState('');
  const [sending, setSending] = useState(false);
  const namespaces = useQuery(namespaceQueries.list(OWN_NAMESPACES));
  const configurations = useQuery({ ...namespaceQueries.configurations(namespace), enabled: namespace !== '' });
  const jurisdictions = (configurations.data ?? []).map((c) => c.jurisdiction).filter(isJurisdiction);
  const chosen = jurisdictions.find((j) => j === jurisdiction) ?? jurisdictions[0];
  const connection = session.lastOptions;
  const handed = Math.min(topicCount, MAX_HANDOFF_TOPICS);

  const submit = async () => {
    if (!namespace || !chosen) return;
    setSending(true);
    const topics = await session.recentTopics(MAX_HANDOFF_TOPICS);
    handOffTopics(liveHandoff(topics, connection, session.status.get().url));
    onClose();
    void navigate(configurationPreviewHref(namespace, chosen));
  };

  return (
    <form
      aria-label="Check these topics against an ACL"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <Text size="sm">
          The match preview of the configuration you choose opens with {topicCount > MAX_HANDOFF_TOPICS ? `the ${formatInteger(handed)} most recently seen` : `the ${formatInteger(handed)}`} topic
          {handed === 1 ? '' : 's'} seen in this session as sample topics
          {connection?.clientId ? `, and the access check with client ID "${connection.clientId}"${connection.username ? ` and user name "${connection.username}"` : ''}` : ''}.
        </Text>
        {namespaces.isError ? <ErrorState error={namespaces.error} title="Could not list the namespaces" onRetry={() => void namespaces.refetch()} retrying={namespaces.isFetching} /> : null}
        <NativeSelect
          label="Namespace"
          description={namespaces.isPending ? 'Loading the namespaces…' : namespaces.data?.length === 0 ? 'There is no namespace yet.' : undefined}
          data={[{ value: '', label: 'Choose a namespace' }, ...(namespaces.data ?? []).map((n) => ({ value: n.namespace, label: n.namespace }))]}
          value={namespace}
          onChange={(e) => {
            setNamespace(e.currentTarget.value);
            setJurisdiction('');
          }}
        />
        {namespace ? (
          configurations.isError ? (
            <ErrorState error={configurations.error} title="Could not list its configurations" onRetry={() => void configurations.refetch()} retrying={configurations.isFetching} />
          ) : (
            <NativeSelect
              label="Configuration"
              description={configurations.isPending ? 'Loading its configurations…' : jurisdictions.length === 0 ? 'This namespace has no configuration yet.' : 'One per jurisdiction'}
              data={jurisdictions.map((j) => ({ value: j, label: j }))}
              value={chosen ?? ''}
              onChange={(e) => setJurisdiction(e.currentTarget.value)}
              disabled={jurisdictions.length === 0}
            />
          )
        ) : null}
        {handed === 0 ? (
          <Alert color="yellow" variant="light" title="No topics yet">
            No message has arrived in this session: the preview opens without sample topics.
          </Alert>
        ) : null}
        <FormActions submitLabel="Open the preview" onCancel={onClose} submitting={sending} disabled={!namespace || !chosen} />
      </Stack>
    </form>
  );
}

/** The action under the topic tree that opens the dialog. */
export function CheckTopicsAction({ topicCount }: { topicCount: number }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size="compact-xs" variant="light" leftSection={<IconShieldCheck size={14} aria-hidden />} onClick={() => setOpened(true)}>
        Check these topics against an ACL…
      </Button>
      <CheckTopicsDialog opened={opened} onClose={() => setOpened(false)} topicCount={topicCount} />
    </>
  );
}
