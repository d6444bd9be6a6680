import { ActionIcon, Alert, Button, Code, Group, Stack, Text, type TextareaProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../../api/errors/api-error';
import type { Backend } from '../../../../api/scaleway-lb/types';
import { DataTable } from '../../../../components/DataTable';
import { FormSection } from '../../../../components/FormSection';
import { MonoTextarea } from '../../../../components/MonoTextarea';
import { useAddBackendServers } from '../../api/use-add-backend-servers';
import { useRemoveBackendServers } from '../../api/use-remove-backend-servers';
import { useSetBackendServers } from '../../api/use-set-backend-servers';
import { parseServerList } from '../../lib/backend-form';

type PoolMutation = UseMutationResult<Backend, Error, { backendId: string; serverIps: string[] }>;

function apiProblems(error: unknown): string[] {
  if (!isApiError(error)) return ['The servers were not changed.'];
  const fields = Object.entries(error.fields).flatMap(([name, messages]) => {
    const m = /^server_ip\.(\d+)$/.exec(name);
    return messages.map((msg) => (m ? `Server ${Number(m[1]) + 1}: ${msg}` : msg));
  });
  return fields.length ? fields : [error.message];
}

/** Typed server addresses and what is wrong with them; the problems go as soon as the text changes. */
function useServerDraft() {
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const edit = (value: string) => {
    setText(value);
    setProblems([]);
  };
  return { text, problems, edit, fail: setProblems };
}
type ServerDraft = ReturnType<typeof useServerDraft>;

function ServerDraftInput({ draft, ...props }: { draft: ServerDraft } & Pick<TextareaProps, 'label' | 'description' | 'minRows' | 'maxRows' | 'style'>) {
  return <MonoTextarea {...props} value={draft.text} error={draft.problems.length ? draft.problems.join(' · ') : undefined} onChange={(e) => draft.edit(e.currentTarget.value)} />;
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
  const adding = useServerDraft();
  const replacing = useServerDraft();
  const [replaceOpen, setReplaceOpen] = useState(false);

  /** Sends a pool change and says what it did; the API's refusal lands under the draft it came from. */
  const change = (mutation: PoolMutation, serverIps: string[], { message, draft, onDone }: { message: (updated: Backend) => string; draft?: ServerDraft; onDone?: () => void }) =>
    mutation.mutate(
      { backendId: backend.id, serverIps },
      {
        onSuccess: (updated) => {
          onDone?.();
          setPool(updated.pool);
          notifications.show({ color: 'teal', title: 'Servers updated', message: message(updated) });
        },
        onError: (error) => draft?.fail(apiProblems(error)),
      },
    );

  return (
    <FormSection title={`Servers (${pool.length})`}>
      {pool.length === 0 ? (
        <Alert color="orange" variant="light">
          No server: every request to this backend fails (or goes to the failover host).
        </Alert>
      ) : (
        <DataTable
          label={`Servers of ${backend.name}`}
          rows={pool}
          rowKey={(ip) => ip}
          columns={[
            { header: 'Address', cell: (ip) => <Code>{ip}</Code> },
            {
              header: 'Remove',
              width: 60,
              cell: (ip) => (
                <ActionIcon variant="subtle" color="red" aria-label={`Remove server ${ip}`} disabled={disabled || remove.isPending} onClick={() => change(remove, [ip], { message: (b) => `${ip} no longer receives traffic from ${b.name}.` })}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              ),
            },
          ]}
        />
      )}

      <Group align="flex-end" wrap="nowrap">
        <ServerDraftInput draft={adding} label="Add servers" description="One address per line." minRows={1} maxRows={6} style={{ flex: 1 }} />
        <Button
          variant="light"
          disabled={disabled || adding.text.trim() === ''}
          loading={add.isPending}
          onClick={() => {
            const parsed = parseServerList(adding.text, { required: true });
            const already = parsed.addresses.filter((ip) => pool.includes(ip));
            const problems = [...parsed.problems, ...already.map((ip) => `${ip} is already in the pool`)];
            if (problems.length) return adding.fail(problems);
            change(add, parsed.addresses, { draft: adding, onDone: () => adding.edit(''), message: (b) => `${parsed.addresses.length} server(s) added to ${b.name}.` });
          }}
        >
          Add
        </Button>
      </Group>

      {!replaceOpen ? (
        <Group>
          <Button
            variant="subtle"
            size="xs"
            disabled={disabled}
            onClick={() => {
              replacing.edit(pool.join('\n'));
              setReplaceOpen(true);
            }}
          >
            Replace the whole list
          </Button>
        </Group>
      ) : (
        <Stack gap="xs">
          <ServerDraftInput draft={replacing} label="All servers" description="Servers not listed here are removed from the backend." minRows={3} maxRows={12} />
          <Group gap="xs">
            <Button
              variant="light"
              loading={replace.isPending}
              disabled={disabled}
              onClick={() => {
                const parsed = parseServerList(replacing.text);
                if (parsed.problems.length) return replacing.fail(parsed.problems);
                change(replace, parsed.addresses, { draft: replacing, onDone: () => setReplaceOpen(false), message: (b) => `${b.name} now has ${b.pool.length} server(s).` });
              }}
            >
              Replace servers
            </Button>
            <Button variant="default" onClick={() => setReplaceOpen(false)}>
              Cancel
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            Removed servers stop receiving new connections at once.
          </Text>
        </Stack>
      )}
    </FormSection>
  );
}
