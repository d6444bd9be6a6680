import { Alert, Button, Code, Group, Stack, Table, Tabs, Text } from '@mantine/core';
import { useMemo, useState, type CSSProperties, type ReactNode } from 'react';
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

/** A view's rendering of the payload, cut at `limit` units (characters or bytes) until the user asks for all. */
function CutPre({ label, style, total, limit, unit, render }: { label: string; style?: CSSProperties; total: number; limit: number; unit: string; render: (count: number) => string }) {
  const [showAll, setShowAll] = useState(false);
  const cut = !showAll && total > limit;
  return (
    <>
      <pre style={{ ...preStyle, ...style }} aria-label={label}>
        {render(cut ? limit : total)}
      </pre>
      {cut ? <Truncated shown={limit} total={total} unit={unit} onShowAll={() => setShowAll(true)} /> : null}
    </>
  );
}

/** A view that cannot show this payload says why and shows it another way. */
function Fallback({ note, children }: { note: string; children: ReactNode }) {
  return (
    <>
      <Alert color="yellow" variant="light" p="xs" mb="xs">
        {note}
      </Alert>
      {children}
    </>
  );
}

function PayloadBody({ message, view, text }: { message: FullMessage; view: PayloadView; text: string | null }) {
  const bytes = message.payload;
  const json = useMemo(() => (view === 'json' && text !== null ? parseJson(text) : null), [view, text]);

  if ((view === 'text' || view === 'json') && text === null) {
    return (
      <Fallback note="This payload is not valid UTF-8: shown as hex.">
        <PayloadBody message={message} view="hex" text={null} />
      </Fallback>
    );
  }
  if (view === 'json' && json && !json.ok) {
    return (
      <Fallback note={`Not valid JSON (${json.error}): shown as text.`}>
        <PayloadBody message={message} view="text" text={text} />
      </Fallback>
    );
  }
  if (view === 'json' || view === 'text') {
    const full = view === 'json' && json?.ok ? JSON.stringify(json.value, null, 2) : (text ?? '');
    return <CutPre label={`Payload as ${view === 'json' ? 'JSON' : 'text'}`} total={full.length} limit={TEXT_LIMIT_CHARS} unit="characters" render={(count) => full.slice(0, count)} />;
  }
  if (view === 'hex') {
    return <CutPre label="Payload as hex" style={{ whiteSpace: 'pre' }} total={bytes.length} limit={HEX_LIMIT_BYTES} unit="bytes" render={(count) => toHexDump(bytes, count)} />;
  }
  return <CutPre label="Payload as base64" style={{ wordBreak: 'break-all' }} total={bytes.length} limit={BASE64_LIMIT_BYTES} unit="bytes" render={(count) => toBase64(bytes, count)} />;
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
