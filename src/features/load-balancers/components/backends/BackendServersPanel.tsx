import { ActionIcon, Alert, Button, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { isApiError } from '../../../../api/errors/api-error';
import type { Backend } from '../../../../api/scaleway-lb/types';
import { useAddBackendServers } from '../../api/use-add-backend-servers';
import { useRemoveBackendServers } from '../../api/use-remove-backend-servers';
import { useSetBackendServers } from '../../api/use-set-backend-servers';
import { parseServerList } from '../../lib/backend-form';

import { MonoTextarea } from '../../../../components/MonoTextarea';

function apiProblems(error: unknown): string[] {
  if (!isApiError(error)) return ['The servers were not changed.'];
  const fields = Object.entries(error.fields).flatMap(([name, messages]) => {
    const m = /^server_ip\.(\d+)$/.exec(name);
    return messages.map((msg) => (m ? `Server ${Number(m[1]) + 1}: ${msg}` : msg));
  });
  return fields.length ? fields : [error.message];
}

/**
 * The pool of an existing backend, changed with the API's three calls: add
 * some servers, remove one, or replace the whole list. Each entry is checked
 * before sending and a bad one is named by line.
 */
export function BackendServersPanel({ backend, region, lbId, disabled }: { backend: Backend; region: string; lbId: string; disabled: boolean }) {
  const add = useAddBackendServers(region, lbId);
  const remove = useRemoveBackendServers(region, lbId);
  const replace = useSetBackendServers(region, lbId);
  const [pool, setPool] = useState(backend.pool);
  const [adding, setAdding] = useState('');
  const [addError, setAddError] = useState<string[]>([]);
  const [replacing, setReplacing] = useState<string | null>(null);
  const [replaceError, setReplaceError] = useState<string[]>([]);

  const onChanged = (updated: Backend, message: string) => {
    setPool(updated.pool);
    notifications.show({ color: 'teal', title: 'Servers updated', message });
  };

  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        Servers ({pool.length})
      </Title>
      {pool.length === 0 ? (
        <Alert color="orange" variant="light">
          No server: every request to this backend fails (or goes to the failover host).
        </Alert>
      ) : (
        <Table aria-label={`Servers of ${backend.name}`} withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Address</Table.Th>
              <Table.Th w={60}>Remove</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pool.map((ip) => (
              <Table.Tr key={ip}>
                <Table.Td>
                  <Code>{ip}</Code>
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove server ${ip}`}
                    disabled={disabled || remove.isPending}
                    onClick={() => remove.mutate({ backendId: backend.id, serverIps: [ip] }, { onSuccess: (b) => onChanged(b, `${ip} no longer receives traffic from ${b.name}.`) })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Group align="flex-end" wrap="nowrap">
        <MonoTextarea
          label="Add servers"
          description="One address per line."
          minRows={1}
          maxRows={6}
          style={{ flex: 1 }}
          value={adding}
          error={addError.length ? addError.join(' · ') : undefined}
          onChange={(e) => {
            setAdding(e.currentTarget.value);
            setAddError([]);
          }}
        />
        <Button
          variant="light"
          disabled={disabled || adding.trim() === ''}
          loading={add.isPending}
          onClick={() => {
            const parsed = parseServerList(adding, { required: true });
            const already = parsed.addresses.filter((ip) => pool.includes(ip));
            const problems = [...parsed.problems, ...already.map((ip) => `${ip} is already in the pool`)];
            if (problems.length) return setAddError(problems);
            add.mutate(
              { backendId: backend.id, serverIps: parsed.addresses },
              {
                onSuccess: (b) => {
                  setAdding('');
                  onChanged(b, `${parsed.addresses.length} server(s) added to ${b.name}.`);
                },
                onError: (error) => setAddError(apiProblems(error)),
              },
            );
          }}
        >
          Add
        </Button>
      </Group>

      {replacing === null ? (
        <Group>
          <Button variant="subtle" size="xs" disabled={disabled} onClick={() => setReplacing(pool.join('\n'))}>
            Replace the whole list
          </Button>
        </Group>
      ) : (
        <Stack gap="xs">
          <MonoTextarea
            label="All servers"
            description="Servers not listed here are removed from the backend."
            minRows={3}
            maxRows={12}
            value={replacing}
            error={replaceError.length ? replaceError.join(' · ') : undefined}
            onChange={(e) => {
              setReplacing(e.currentTarget.value);
              setReplaceError([]);
            }}
          />
          <Group gap="xs">
            <Button
              variant="light"
              loading={replace.isPending}
              disabled={disabled}
              onClick={() => {
                const parsed = parseServerList(replacing);
                if (parsed.problems.length) return setReplaceError(parsed.problems);
                replace.mutate(
                  { backendId: backend.id, serverIps: parsed.addresses },
                  {
                    onSuccess: (b) => {
                      setReplacing(null);
                      onChanged(b, `${b.name} now has ${b.pool.length} server(s).`);
                    },
                    onError: (error) => setReplaceError(apiProblems(error)),
                  },
                );
              }}
            >
              Replace servers
            </Button>
            <Button variant="default" onClick={() => setReplacing(null)}>
              Cancel
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            Removed servers stop receiving new connections at once.
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
