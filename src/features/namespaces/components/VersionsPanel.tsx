import { Alert, Badge, Button, Grid, Group, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconGitCompare, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { compareVersions, isInFlight, type ActivationState } from '../../../api/akamai/activation-state';
import type { Activation, AkamaiJurisdiction } from '../../../api/akamai/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorState } from '../../../components/ErrorState';
import { DataTable } from '../../../components/DataTable';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { namespaceQueries } from '../../../api/akamai/queries';
import { useActivateVersion } from '../api/use-activate-version';
import { useCreateVersion } from '../api/use-create-version';
import { useDeactivateVersion } from '../api/use-deactivate-version';
import { OPERATION_LABELS } from '../lib/activation-labels';
import { jurisdictionLabel } from '../lib/jurisdictions';
import { ActivationStatusBadge, ActivationTimeline } from './ActivationTimeline';

type Pending = { kind: 'activate'; version: string } | { kind: 'deactivate'; version: string } | null;

export function CreateVersionButton({ namespace, jurisdiction, dirty, onCreated }: { namespace: string; jurisdiction: AkamaiJurisdiction; dirty: boolean; onCreated?: (version: string) => void }) {
  const create = useCreateVersion(namespace, jurisdiction);
  return (
    <Button
      variant="default"
      leftSection={<IconPlus size={16} aria-hidden />}
      loading={create.isPending}
      disabled={dirty}
      title={dirty ? 'Save or revert your changes first: a version snapshots the saved configuration.' : undefined}
      onClick={() =>
        create.mutate(undefined, {
          onSuccess: ({ version }) => {
            notifications.show({ color: 'teal', title: `Version ${version} created`, message: 'It snapshots the saved ACL. Activate it to deploy it.' });
            onCreated?.(version);
          },
        })
      }
    >
      Create version
    </Button>
  );
}

/** Activate, or deactivate the active version; and compare any other with the active one. */
function VersionActions({ version, active, onPick, onCompare }: { version: string; active: string | null; onPick: (pending: Pending) => void; onCompare: (from: string, to: string) => void }) {
  const isActive = version === active;
  return (
    <Group gap={4} wrap="nowrap">
      {isActive ? (
        <Button size="xs" color="red" variant="light" onClick={() => onPick({ kind: 'deactivate', version })} aria-label={`Deactivate version ${version}`}>
          Deactivate
        </Button>
      ) : (
        <Button size="xs" variant="light" onClick={() => onPick({ kind: 'activate', version })} aria-label={`Activate version ${version}`}>
          Activate
        </Button>
      )}
      {active !== null && !isActive ? (
        <Button size="xs" variant="subtle" leftSection={<IconGitCompare size={14} aria-hidden />} onClick={() => onCompare(active, version)} aria-label={`Compare version ${version} with the active version`}>
          Compare
        </Button>
      ) : null}
    </Group>
  );
}

export function VersionsPanel({
  namespace,
  jurisdiction,
  dirty,
  state,
  operations,
  operationsPending,
  operationsError,
  onRetryOperations,
  onCompare,
}: {
  namespace: string;
  jurisdiction: AkamaiJurisdiction;
  dirty: boolean;
  state: ActivationState | undefined;
  operations: readonly Activation[] | undefined;
  operationsPending: boolean;
  operationsError: unknown;
  onRetryOperations: () => void;
  onCompare: (from: string, to: string) => void;
}) {
  const versions = useQuery(namespaceQueries.versions(namespace, jurisdiction));
  const activate = useActivateVersion(namespace, jurisdiction);
  const deactivate = useDeactivateVersion(namespace, jurisdiction);
  const [pending, setPending] = useState<Pending>(null);
  const where = jurisdictionLabel(jurisdiction);
  const rows = [...(versions.data ?? [])].sort((a, b) => compareVersions(b.version, a.version));
  const active = state?.activeVersion ?? null;

  const confirm = () => {
    if (!pending) return;
    const { version } = pending;
    // Optimistic: the operation shows as NEW at once, so the dialog closes without waiting.
    setPending(null);
    if (pending.kind === 'activate') {
      activate.mutate(version, {
        onSuccess: ({ alreadyActivated }) =>
          notifications.show(
            alreadyActivated
              ? { color: 'blue', title: `Version ${version} is already active`, message: `Nothing changed in ${where}.` }
              : { color: 'teal', title: `Activating version ${version}`, message: 'Follow it in the activation history.' },
          ),
      });
    } else {
      deactivate.mutate(version, {
        onSuccess: ({ alreadyDeactivated }) =>
          notifications.show(
            alreadyDeactivated
              ? { color: 'blue', title: 'No version was active', message: `Nothing changed in ${where}.` }
              : { color: 'teal', title: `Deactivating version ${version}`, message: 'Follow it in the activation history.' },
          ),
      });
    }
  };

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            Versions
          </Title>
          <CreateVersionButton namespace={namespace} jurisdiction={jurisdiction} dirty={dirty} />
        </Group>
        {dirty ? (
          <Alert color="yellow" variant="light" mb="sm">
            You have unsaved changes. A version snapshots the saved configuration: save or revert first.
          </Alert>
        ) : null}
        {state?.inFlight ? (
          <Alert color="blue" variant="light" mb="sm" role="status" title={`${state.inFlight.operationType === 'DEACTIVATION' ? 'Deactivation' : 'Activation'} of version ${state.inFlight.version} in progress`}>
            <Group gap="xs">
              <Text size="sm">Status:</Text>
              <ActivationStatusBadge status={state.inFlight.activationStatus} live />
              <Text size="sm" c="dimmed">
                NEW → PENDING → DEPLOYED; this page follows it.
              </Text>
            </Group>
          </Alert>
        ) : null}
        {versions.isError && !versions.data ? (
          <ErrorState error={versions.error} onRetry={() => void versions.refetch()} title="Could not load the versions" />
        ) : (
          <DataTable
            label="Versions"
            minWidth={620}
            busy={versions.isFetching}
            pending={versions.isPending}
            rows={versions.isPending ? undefined : rows}
            rowKey={(v) => v.version}
            columns={[
              {
                header: 'Version',
                cell: (v) => (
                  <Group gap={6}>
                    <Text size="sm" fw={600}>
                      {v.version}
                    </Text>
                    {v.version === active ? (
                      <Badge color="teal.9" size="sm">
                        Active
                      </Badge>
                    ) : null}
                  </Group>
                ),
              },
              { header: 'Created by', cell: (v) => v.createdBy || '—' },
              {
                header: 'Created',
                cell: (v) => (
                  <div title={formatDateTime(v.createdAt)}>
                    {formatDateTime(v.createdAt)}
                    <Text size="xs" c="dimmed">
                      {formatRelative(v.createdAt)}
                    </Text>
                  </div>
                ),
              },
              {
                header: 'Last operation',
                cell: (v) =>
                  v.operationType === 'N/A' ? (
                    <Text size="sm" c="dimmed">
                      {OPERATION_LABELS['N/A']}
                    </Text>
                  ) : (
                    <Group gap={6}>
                      <Text size="sm">{OPERATION_LABELS[v.operationType]}</Text>
                      <ActivationStatusBadge status={v.activationStatus} live={isInFlight(v)} />
                    </Group>
                  ),
              },
              { header: 'Actions', cell: (v) => <VersionActions version={v.version} active={active} onPick={setPending} onCompare={onCompare} /> },
            ]}
          />
        )}
        {versions.data && versions.data.length === 0 ? (
          <Text size="sm" c="dimmed" mt="sm">
            No versions yet. Save the ACL, then create a version to activate it.
          </Text>
        ) : null}
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <ActivationTimeline operations={operations} isPending={operationsPending} error={operationsError} onRetry={onRetryOperations} />
      </Grid.Col>
      {(['activate', 'deactivate'] as const).map((kind) => (
        <ConfirmDialog
          key={kind}
          opened={pending?.kind === kind}
          onClose={() => setPending(null)}
          resourceName={`${namespace}/${jurisdiction} version ${pending?.version ?? ''}`}
          {...(kind === 'activate'
            ? {
                title: 'Activate version',
                color: 'teal.9',
                confirmLabel: 'Activate',
                loading: activate.isPending,
                description: (
                  <>
                    Version {pending?.version} becomes the ACL served in {where}
                    {active !== null ? `, replacing version ${active}` : ''}. The activation goes NEW → PENDING → DEPLOYED over a few minutes on the Akamai Platform.
                    {state?.inFlight ? ` The ${state.inFlight.operationType.toLowerCase()} of version ${state.inFlight.version} still under way will be made obsolete.` : ''}
                  </>
                ),
              }
            : {
                title: 'Deactivate version',
                confirmLabel: 'Deactivate',
                loading: deactivate.isPending,
                description: `No ACL will be active in ${where}: devices and users lose access to this namespace's topics there until a version is activated again.`,
              })}
          onConfirm={confirm}
        />
      ))}
    </Grid>
  );
}
