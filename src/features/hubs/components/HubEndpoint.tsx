import { Code, Group, Table, Text } from '@mantine/core';
import { CopyValue } from '../../../components/CopyValue';
import { TableScroll } from '../../../components/TableScroll';

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
      <TableScroll minWidth={560}>
        <Table aria-label="Endpoint ports" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Port</Table.Th>
              <Table.Th>Protocol</Table.Th>
              <Table.Th>URL</Table.Th>
              <Table.Th>When to use it</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {PORTS.map((p) => {
              const url = `${p.scheme}://${endpoint}:${p.port}`;
              return (
                <Table.Tr key={p.port}>
                  <Table.Td>{p.port}</Table.Td>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Code>{url}</Code>
                      <CopyValue value={url} label={`Copy ${p.name} URL`} />
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.help}</Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </>
  );
}
