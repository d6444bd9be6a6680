import { Alert, Button, Card, Code, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../../api/errors/api-error';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import type { CommandDescriptor } from '../../../api/nexigon/types';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { FormModal } from '../../../components/FormModal';
import { LoadingState } from '../../../components/LoadingState';
import { QueryContent } from '../../../components/QueryContent';
import { useRunCommand } from '../api/use-run-command';
import { formSpecOf } from '../lib/json-schema-form';
import { JsonBlock } from './JsonBlock';
import { OperationStatusBadge, OperationsTable } from './OperationsTable';
import { SchemaForm } from './SchemaForm';

const OTHER = 'Other';
const DEFAULT_TIMEOUT_SECS = 60;


/** The device's command manifest, by category; each command's form is generated from its input schema. */
export function CommandsTab({ deviceId, connected }: { deviceId: string; connected: boolean }) {
  const query = useQuery(nexigonDeviceQueries.commands(deviceId));
  const [running, setRunning] = useState<CommandDescriptor | null>(null);
  const groups = useMemo(() => {
    const byCategory = new Map<string, CommandDescriptor[]>();
    for (const c of query.data ?? []) {
      const category = c.category?.trim() || OTHER;
      byCategory.set(category, [...(byCategory.get(category) ?? []), c]);
    }
    return [...byCategory.entries()].sort(([a], [b]) => (a === OTHER ? 1 : b === OTHER ? -1 : a.localeCompare(b)));
  }, [query.data]);

  return (
    <QueryContent query={query} what="the commands" loadingLabel="Loading the command manifest…">
      {(manifest) => (
        <Stack gap="lg">
          {manifest.length === 0 ? <EmptyState title="No commands" description="The device's agent advertises its commands in the dev.nexigon.commands property; this device has none." /> : null}
          {!connected ? (
            <Alert color="yellow" variant="light" title="The device is offline">
              Commands wait for the device to pick them up, and time out if it does not come back in time.
            </Alert>
          ) : null}
          {groups.map(([category, commands]) => (
            <section key={category} aria-labelledby={`cmd-cat-${category}`}>
              <Title order={2} size="h4" mb="xs" id={`cmd-cat-${category}`}>
                {category}
              </Title>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                {commands.map((c) => (
                  <Card key={c.name} withBorder>
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <div>
                        <Code fw={600}>{c.name}</Code>
                        {c.description ? (
                          <Text size="sm" mt={4}>
                            {c.description}
                          </Text>
                        ) : null}
                        <Text size="xs" c="dimmed" mt={4}>
                          {formSpecOf(c.input) ? 'Takes input' : 'No input'}
                        </Text>
                      </div>
                      <Button size="compact-sm" variant="light" leftSection={<IconPlayerPlay size={14} aria-hidden />} onClick={() => setRunning(c)} aria-label={`Run ${c.name}`}>
                        Run
                      </Button>
                    </Group>
                  </Card>
                ))}
              </SimpleGrid>
            </section>
          ))}
          <FormModal opened={running !== null} onClose={() => setRunning(null)} title={running ? `Run ${running.name}` : ''} size="lg">
            {running ? <RunCommand key={running.name} deviceId={deviceId} command={running} /> : null}
          </FormModal>
          <OperationsTable deviceId={deviceId} />
        </Stack>
      )}
    </QueryContent>
  );
}

function RunCommand({ deviceId, command }: { deviceId: string; command: CommandDescriptor }) {
  const run = useRunCommand(deviceId);
  const spec = useMemo(() => formSpecOf(command.input), [command.input]);
  const submit = (input: unknown) => run.mutate({ command: command.name, input, timeoutSecs: DEFAULT_TIMEOUT_SECS });

  if (run.data) return <OperationProgress deviceId={deviceId} operationId={run.data} />;
  return (
    <Stack gap="sm">
      {command.description ? <Text size="sm">{command.description}</Text> : null}
      {spec ? (
        <SchemaForm spec={spec} submitLabel="Run command" busy={run.isPending} onSubmit={submit} />
      ) : (
        <Group>
          <Text size="sm">This command takes no input.</Text>
          <Button loading={run.isPending} onClick={() => submit(null)}>
            Run command
          </Button>
        </Group>
      )}
      {run.isError ? (
        <Alert color="red" variant="light" role="alert" title="The command was not started">
          {errorMessage(run.error, 'Unknown error')}
        </Alert>
      ) : null}
      {command.output !== undefined ? (
        <details>
          <summary>
            <Text span size="sm">
              Output schema
            </Text>
          </summary>
          <JsonBlock value={command.output} label="Output schema" />
        </details>
      ) : null}
    </Stack>
  );
}

function OperationProgress({ deviceId, operationId }: { deviceId: string; operationId: string }) {
  const query = useQuery(nexigonDeviceQueries.operation(deviceId, operationId));
  const data = query.data;
  if (!data) return query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} title="Could not follow the command" /> : <LoadingState label="Starting…" />;
  if (data.result === 'NotFound') return <Alert color="red">The operation {operationId} no longer exists.</Alert>;
  const { summary, stepStates } = data;
  const step = stepStates[0];
  return (
    <Stack gap="sm" role="status" aria-live="polite">
      <Group gap="xs">
        <Text size="sm">Status</Text>
        <OperationStatusBadge status={summary.status} />
      </Group>
      <Text size="xs" c="dimmed">
        Operation <Code fz="xs">{operationId}</Code>
      </Text>
      {summary.lastError ? (
        <Alert color="red" variant="light" title="The command failed">
          {summary.lastError}
        </Alert>
      ) : null}
      {step?.output !== undefined ? <JsonBlock value={step.output} label="Output" /> : null}
    </Stack>
  );
}
