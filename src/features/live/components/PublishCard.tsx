import { ActionIcon, Alert, Badge, Button, Checkbox, Fieldset, Group, NativeSelect, NumberInput, Stack, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { validateTopicName } from '../../../acl/topic';
import { DataTable } from '../../../components/DataTable';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';
import type { PublishedEntry } from '../../../mqtt/live-session';
import { parseJson } from '../../../mqtt/payload';
import type { PublishRequest } from '../../../mqtt/protocol';
import type { PublishProperties, QoS, UserProperty } from '../../../mqtt/types';
import { formatClock } from '../lib/format-live';

type Format = 'text' | 'json';

/** Clock times, topics and payloads of the sent list, as the broker saw them. */
function Mono({ children }: { children: ReactNode }) {
  return (
    <Text span ff="monospace" fz="xs">
      {children}
    </Text>
  );
}

function buildProperties(contentType: string, responseTopic: string, expiry: number | string, user: UserProperty[]): PublishProperties | null {
  const p: PublishProperties = {};
  if (contentType.trim()) p.contentType = contentType.trim();
  if (responseTopic.trim()) p.responseTopic = responseTopic.trim();
  if (expiry !== '' && Number.isFinite(Number(expiry))) p.messageExpiryInterval = Number(expiry);
  const users = user.filter((u) => u.key.trim());
  if (users.length) p.userProperties = users;
  return Object.keys(p).length ? p : null;
}

export function PublishCard({
  connected,
  mqtt5,
  history,
  onPublish,
}: {
  connected: boolean;
  mqtt5: boolean;
  history: PublishedEntry[];
  onPublish: (request: PublishRequest) => Promise<string | null>;
}) {
  const [topic, setTopic] = useState('');
  const [format, setFormat] = useState<Format>('json');
  const [payload, setPayload] = useState('');
  const [qos, setQos] = useState<QoS>(0);
  const [retain, setRetain] = useState(false);
  const [contentType, setContentType] = useState('');
  const [responseTopic, setResponseTopic] = useState('');
  const [expiry, setExpiry] = useState<number | string>('');
  const [user, setUser] = useState<UserProperty[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** What was last published from the form: a draft that differs from it would be lost on leaving. */
  const [sent, setSent] = useState({ topic: '', payload: '' });
  const drafted = (topic !== '' || payload !== '') && (topic !== sent.topic || payload !== sent.payload);

  const topicCheck = validateTopicName(topic);
  const topicError = topic ? (topicCheck.valid ? null : topicCheck.reason) : submitted ? 'Enter a topic name' : null;
  const json = format === 'json' ? parseJson(payload) : null;
  const payloadError = format === 'json' && payload.trim() !== '' && json && !json.ok ? `Not valid JSON: ${json.error}` : format === 'json' && submitted && !payload.trim() ? 'Enter a JSON value, e.g. {"on": true}' : null;
  const responseCheck = responseTopic ? validateTopicName(responseTopic) : null;
  const responseError = responseCheck && !responseCheck.valid ? responseCheck.reason : null;

  const send = async (request: PublishRequest) => {
    setBusy(true);
    setError(null);
    const err = await onPublish(request);
    setBusy(false);
    setError(err);
    if (!err) setSent({ topic: request.topic, payload: request.payload });
  };

  return (
    <Stack gap="xs">
      <UnsavedChangesGuard when={drafted && !busy} message="The message you drafted has not been published. Leave this page and lose it?" />
      <form
        aria-label="Publish"
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(true);
          if (!topic || topicError || payloadError || responseError) return;
          void send({ topic, payload, qos, retain, properties: mqtt5 ? buildProperties(contentType, responseTopic, expiry, user) : null });
        }}
      >
        <Stack gap="xs">
          <TextInput label="Topic" placeholder="devices/d_…/commands" value={topic} onChange={(e) => setTopic(e.currentTarget.value)} error={topicError} autoComplete="off" spellCheck={false} />
          <Group gap="xs" align="flex-end" wrap="wrap">
            <NativeSelect
              label="Payload format"
              data={[
                { value: 'json', label: 'JSON' },
                { value: 'text', label: 'Text' },
              ]}
              value={format}
              onChange={(e) => setFormat(e.currentTarget.value as Format)}
              w={110}
            />
            <NativeSelect label="QoS" data={['0', '1', '2']} value={String(qos)} onChange={(e) => setQos(Number(e.currentTarget.value) as QoS)} w={70} />
            <Checkbox label="Retain" checked={retain} onChange={(e) => setRetain(e.currentTarget.checked)} mb={8} />
          </Group>
          <Textarea
            label="Payload"
            autosize
            minRows={3}
            maxRows={12}
            value={payload}
            onChange={(e) => setPayload(e.currentTarget.value)}
            error={payloadError}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            spellCheck={false}
          />
          {mqtt5 ? (
            <Fieldset legend="MQTT 5 properties" p="xs">
              <Stack gap="xs">
                <Group gap="xs" grow>
                  <TextInput label="Content type" placeholder="application/json" value={contentType} onChange={(e) => setContentType(e.currentTarget.value)} />
                  <NumberInput label="Message expiry (seconds)" min={0} allowDecimal={false} value={expiry} onChange={setExpiry} />
                </Group>
                <TextInput label="Response topic" value={responseTopic} onChange={(e) => setResponseTopic(e.currentTarget.value)} error={responseError} />
                {user.map((u, i) => (
                  <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
                    <TextInput label={`User property ${i + 1} name`} value={u.key} onChange={(e) => setUser(user.map((x, j) => (j === i ? { ...x, key: e.currentTarget.value } : x)))} style={{ flex: 1 }} />
                    <TextInput label={`User property ${i + 1} value`} value={u.value} onChange={(e) => setUser(user.map((x, j) => (j === i ? { ...x, value: e.currentTarget.value } : x)))} style={{ flex: 1 }} />
                    <ActionIcon variant="subtle" color="red" mb={4} aria-label={`Remove user property ${i + 1}`} onClick={() => setUser(user.filter((_, j) => j !== i))}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                ))}
                <Button variant="subtle" size="compact-sm" onClick={() => setUser([...user, { key: '', value: '' }])} w="fit-content">
                  + Add user property
                </Button>
              </Stack>
            </Fieldset>
          ) : (
            <Text size="xs" c="dimmed">
              MQTT 5 properties (content type, user properties, expiry, response topic) are available on an MQTT 5.0 connection.
            </Text>
          )}
          {error ? (
            <Alert color="red" variant="light" role="alert" p="xs">
              {error}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={busy} disabled={!connected}>
              Publish
            </Button>
            {!connected ? (
              <Text size="xs" c="dimmed">
                Connect to publish.
              </Text>
            ) : null}
          </Group>
        </Stack>
      </form>
      {history.length > 0 ? (
        <DataTable
          label="Sent messages"
          rows={history}
          rowKey={(h) => String(h.id)}
          columns={[
            { header: 'Sent', kind: 'nowrap', cell: (h) => <Mono>{formatClock(h.at)}</Mono> },
            {
              header: 'Topic',
              kind: 'wrap',
              cell: (h) => (
                <Mono>
                  {h.request.topic}
                  {h.request.retain ? ' (retained)' : ''}
                </Mono>
              ),
            },
            { header: 'Payload', kind: 'wrap', width: 240, cell: (h) => <Mono>{h.request.payload.length > 80 ? `${h.request.payload.slice(0, 80)}…` : h.request.payload}</Mono> },
            { header: 'QoS', cell: (h) => h.request.qos },
            { header: 'Result', cell: (h) => (h.error ? <Badge color="red" variant="light" title={h.error}>Failed</Badge> : <Badge color="green" variant="light">Sent</Badge>) },
            {
              header: <VisuallyHidden>Actions</VisuallyHidden>,
              cell: (h) => (
                <Button size="compact-xs" variant="light" disabled={!connected} onClick={() => void send(h.request)} aria-label={`Send again to ${h.request.topic}`}>
                  Send again
                </Button>
              ),
            },
          ]}
        />
      ) : null}
    </Stack>
  );
}
