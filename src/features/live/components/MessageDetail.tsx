import { Alert, Button, Code, Group, Stack, Table, Tabs, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { CopyValue } from '../../../components/CopyValue';
import { decodeUtf8, parseJson, toBase64, toHexBytes, toHexDump } from '../../../mqtt/payload';
import type { FullMessage, PublishProperties } from '../../../mqtt/types';
import { formatBytes } from '../lib/format-live';

export type PayloadView = 'json' | 'text' | 'hex' | 'base64';
const VIEWS: readonly PayloadView[] = ['json', 'text', 'hex', 'base64'];

/** Past these, a view shows the start and a "Show all" button: rendering megabytes at once freezes the tab. */
export const TEXT_LIMIT_CHARS = 64 * 1024;
export const HEX_LIMIT_BYTES = 16 * 1024;
export const BASE64_LIMIT_BYTES = 48 * 1024;

function defaultView(text: string | null): PayloadView {
  if (text === null) return 'hex';
  return parseJson(text).ok ? 'json' : 'text';
}

const preStyle = { margin: 0, maxHeight: 360, overflow: 'auto', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

function Truncated({ shown, total, unit, onShowAll }: { shown: number; total: number; unit: string; onShowAll: () => void }) {
  return (
    <Group gap="xs" mt={4}>
      <Text size="xs" c="dimmed">
        Showing the first {shown.toLocaleString()} of {total.toLocaleString()} {unit}.
      </Text>
      <Button size="compact-xs" variant="light" onClick={onShowAll}>
        Show all
      </Button>
    </Group>
  );
}

function PayloadBody({ message, view, text }: { message: FullMessage; view: PayloadView; text: string | null }) {
  const [showAll, setShowAll] = useState(false);
  const bytes = message.payload;
  const json = useMemo(() => (view === 'json' && text !== null ? parseJson(text) : null), [view, text]);

  if ((view === 'text' || view === 'json') && text === null) {
    return (
      <>
        <Alert color="yellow" variant="light" p="xs" mb="xs">
          This payload is not valid UTF-8: shown as hex.
        </Alert>
        <PayloadBody message={message} view="hex" text={null} />
      </>
    );
  }
  if (view === 'json' && json && !json.ok) {
    return (
      <>
        <Alert color="yellow" variant="light" p="xs" mb="xs">
          Not valid JSON ({json.error}): shown as text.
        </Alert>
        <PayloadBody message={message} view="text" text={text} />
      </>
    );
  }
  if (view === 'json' || view === 'text') {
    const full = view === 'json' && json?.ok ? JSON.stringify(json.value, null, 2) : (text ?? '');
    const cut = !showAll && full.length > TEXT_LIMIT_CHARS;
    return (
      <>
        <pre style={preStyle} aria-label={`Payload as ${view === 'json' ? 'JSON' : 'text'}`}>
          {cut ? full.slice(0, TEXT_LIMIT_CHARS) : full}
        </pre>
        {cut ? <Truncated shown={TEXT_LIMIT_CHARS} total={full.length} unit="characters" onShowAll={() => setShowAll(true)} /> : null}
      </>
    );
  }
  if (view === 'hex') {
    const cut = !showAll && bytes.length > HEX_LIMIT_BYTES;
    return (
      <>
        <pre style={{ ...preStyle, whiteSpace: 'pre' }} aria-label="Payload as hex">
          {toHexDump(bytes, cut ? HEX_LIMIT_BYTES : bytes.length)}
        </pre>
        {cut ? <Truncated shown={HEX_LIMIT_BYTES} total={bytes.length} unit="bytes" onShowAll={() => setShowAll(true)} /> : null}
      </>
    );
  }
  const cut = !showAll && bytes.length > BASE64_LIMIT_BYTES;
  return (
    <>
      <pre style={{ ...preStyle, wordBreak: 'break-all' }} aria-label="Payload as base64">
        {toBase64(bytes, cut ? BASE64_LIMIT_BYTES : bytes.length)}
      </pre>
      {cut ? <Truncated shown={BASE64_LIMIT_BYTES} total={bytes.length} unit="bytes" onShowAll={() => setShowAll(true)} /> : null}
    </>
  );
}

function PropertiesTable({ p }: { p: PublishProperties }) {
  const correlationText = p.correlationData ? decodeUtf8(p.correlationData) : null;
  const rows: Array<[string, string]> = [];
  if (p.contentType !== undefined) rows.push(['Content type', p.contentType]);
  if (p.payloadFormatIndicator !== undefined) rows.push(['Payload format', p.payloadFormatIndicator ? 'UTF-8 text' : 'Unspecified bytes']);
  if (p.messageExpiryInterval !== undefined) rows.push(['Message expiry', `${p.messageExpiryInterval} s`]);
  if (p.responseTopic !== undefined) rows.push(['Response topic', p.responseTopic]);
  if (p.correlationData) rows.push(['Correlation data', correlationText ?? toHexBytes(p.correlationData)]);
  if (p.subscriptionIdentifiers?.length) rows.push(['Subscription identifiers', p.subscriptionIdentifiers.join(', ')]);
  for (const u of p.userProperties ?? []) rows.push([`User property: ${u.key}`, u.value]);
  return (
    <Table aria-label="MQTT 5 properties" withTableBorder fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Property</Table.Th>
          <Table.Th>Value</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(([k, v], i) => (
          <Table.Tr key={`${k}-${i}`}>
            <Table.Td>{k}</Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere', fontFamily: 'var(--mantine-font-family-monospace)' }}>{v}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One message in full. Every byte of it is untrusted and rendered as text. */
export function MessageDetail({ message }: { message: FullMessage }) {
  const text = useMemo(() => decodeUtf8(message.payload), [message.payload]);
  const [view, setView] = useState<PayloadView>(() => defaultView(text));
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="nowrap">
        <Code style={{ overflowWrap: 'anywhere' }}>{message.topic}</Code>
        <CopyValue value={message.topic} label="Copy topic" />
      </Group>
      <Group gap={4}>
        <Text size="sm">Payload</Text>
        <CopyValue value={text ?? toBase64(message.payload)} label={text === null ? 'Copy the payload in base64' : 'Copy the payload'} />
      </Group>
      <Text size="sm" c="dimmed">
        {new Date(message.time).toISOString()} · QoS {message.qos} · {message.retain ? 'retained · ' : ''}
        {message.dup ? 'duplicate · ' : ''}
        {formatBytes(message.size)}
        {message.subscriptions.length ? ` · matched ${message.subscriptions.join(', ')}` : ''}
      </Text>
      <Tabs value={view} onChange={(v) => setView((v as PayloadView | null) ?? view)} keepMounted={false}>
        <Tabs.List aria-label="Payload view">
          <Tabs.Tab value="json">JSON</Tabs.Tab>
          <Tabs.Tab value="text">Text</Tabs.Tab>
          <Tabs.Tab value="hex">Hex</Tabs.Tab>
          <Tabs.Tab value="base64">Base64</Tabs.Tab>
        </Tabs.List>
        {VIEWS.map((v) => (
          <Tabs.Panel key={v} value={v} pt="xs">
            <PayloadBody key={message.seq} message={message} view={v} text={text} />
          </Tabs.Panel>
        ))}
      </Tabs>
      {message.properties ? (
        <>
          <Text size="sm" fw={600}>
            MQTT 5 properties
          </Text>
          <PropertiesTable p={message.properties} />
        </>
      ) : null}
    </Stack>
  );
}
