import { Code, Group, Text } from '@mantine/core';
import { CopyableCode } from '../../../components/CopyableCode';
import { CopyValue } from '../../../components/CopyValue';
import { DataTable } from '../../../components/DataTable';

const PORTS = [
  { port: 1883, scheme: 'mqtt', name: 'MQTT', help: 'Plain MQTT over TCP. Unencrypted: only for trusted networks.' },
  { port: 8883, scheme: 'mqtts', name: 'MQTT over TLS', help: 'MQTT over TCP with TLS. The usual choice for devices.' },
  { port: 80, scheme: 'ws', name: 'MQTT over WebSocket', help: 'MQTT inside a WebSocket, for clients behind HTTP-only proxies. Unencrypted.' },
  { port: 443, scheme: 'wss', name: 'MQTT over WebSocket over TLS', help: 'Encrypted WebSocket: what browsers (and this console\'s Live MQTT panel) use.' },
] as const;

/** The hub's host and its four ports, each explained, with copy buttons. */
export function HubEndpoint({ endpoint }: { endpoint: string }) {
  return (
    <>
      <Group gap="xs" mb="xs">
        <Text size="sm" fw={500}>
          Endpoint
        </Text>
        <Code>{endpoint}</Code>
        <CopyValue value={endpoint} label="Copy endpoint host" />
      </Group>
      <DataTable
        label="Endpoint ports"
        minWidth={560}
        rows={PORTS}
        rowKey={(p) => String(p.port)}
        columns={[
          { header: 'Port', cell: (p) => p.port },
          { header: 'Protocol', cell: (p) => p.name },
          { header: 'URL', cell: (p) => <CopyableCode value={`${p.scheme}://${endpoint}:${p.port}`} label={`Copy ${p.name} URL`} /> },
          { header: 'When to use it', cell: (p) => p.help },
        ]}
      />
    </>
  );
}
