import { Badge, Group, Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { deriveActivationState, type ActivationState } from '../../../api/akamai/activation-state';
import type { AkamaiJurisdiction } from '../../../api/akamai/types';
import { namespaceQueries } from '../../../api/akamai/queries';

/** The active version and any operation under way, from the operations list (the API has no field for it). */
export function useActivationState(namespace: string, jurisdiction: AkamaiJurisdiction, enabled = true) {
  const query = useQuery({ ...namespaceQueries.activations(namespace, jurisdiction), enabled });
  const state: ActivationState | undefined = query.data ? deriveActivationState(query.data) : undefined;
  return { query, state };
}

export function InFlightNote({ state }: { state: ActivationState }) {
  if (!state.inFlight) return null;
  const { operationType, version, activationStatus } = state.inFlight;
  return (
    <Group gap={6} wrap="nowrap">
      <Loader size={12} aria-hidden />
      <Text size="sm">
        {operationType === 'DEACTIVATION' ? 'Deactivating' : 'Activating'} version {version} ({activationStatus})
      </Text>
    </Group>
  );
}

export function ActiveVersionSummary({ state }: { state: ActivationState }) {
  return (
    <Group gap="xs" wrap="wrap">
      {state.activeVersion !== null ? (
        <Badge color="teal" variant="light" aria-label={`Active version ${state.activeVersion}`}>
          Version {state.activeVersion} active
        </Badge>
      ) : (
        <Badge color="gray" variant="light" aria-label="No active version">
          No active version
        </Badge>
      )}
      <InFlightNote state={state} />
      {state.lastFailure && !state.inFlight ? (
        <Text size="xs" c="red">
          Last {state.lastFailure.operationType === 'DEACTIVATION' ? 'deactivation' : 'activation'} of version {state.lastFailure.version}: {state.lastFailure.activationStatus}
        </Text>
      ) : null}
    </Group>
  );
}

export function ActiveVersionCell({ namespace, jurisdiction }: { namespace: string; jurisdiction: AkamaiJurisdiction }) {
  const { query, state } = useActivationState(namespace, jurisdiction);
  // A bare element may not carry a name (axe: aria-prohibited-attr): the loader is announced as a status.
  if (query.isPending) return <Loader size="xs" role="status" aria-label="Loading the active version" />;
  if (!state) return <Text size="sm" c="red">Could not load the activations</Text>;
  return <ActiveVersionSummary state={state} />;
}
