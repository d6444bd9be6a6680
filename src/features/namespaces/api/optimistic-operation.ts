import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import type { Activation, AkamaiJurisdiction, OperationType } from '../../../api/akamai/types';
import { isApiError } from '../../../api/errors/api-error';
import { namespaceQueries } from '../../../api/akamai/queries';

interface Snapshot {
  /** False when nothing was changed (a deactivation whose active version is not known). */
  applied: boolean;
  activations: Activation[] | undefined;
  versions: Activation[] | undefined;
}

/**
 * Activation and deactivation show at once: a NEW operation is added to the operations list
 * (so the page says "in progress" before the server answers) and to the version's row. If the
 * request is refused, both lists go back to what they were and the user is told; either way
 * the lists are then read again from the server.
 */
export function optimisticOperation(queryClient: QueryClient, namespace: string, jurisdiction: AkamaiJurisdiction, operationType: Exclude<OperationType, 'N/A'>) {
  const activationsKey = namespaceQueries.activations(namespace, jurisdiction).queryKey;
  const versionsKey = namespaceQueries.versions(namespace, jurisdiction).queryKey;
  const verb = operationType === 'ACTIVATION' ? 'activate' : 'deactivate';
  return {
    onMutate: async (version: string | undefined): Promise<Snapshot> => {
      if (version === undefined) return { applied: false, activations: undefined, versions: undefined };
      await Promise.all([queryClient.cancelQueries({ queryKey: activationsKey }), queryClient.cancelQueries({ queryKey: versionsKey })]);
      const snapshot: Snapshot = { applied: true, activations: queryClient.getQueryData(activationsKey), versions: queryClient.getQueryData(versionsKey) };
      const operation: Activation = { createdBy: 'You (sending…)', createdAt: Date.now(), namespace, jurisdiction, version, activationStatus: 'NEW', operationType };
      if (snapshot.activations) queryClient.setQueryData(activationsKey, [...snapshot.activations, operation]);
      if (snapshot.versions) {
        queryClient.setQueryData(
          versionsKey,
          snapshot.versions.map((v) => (v.version === version ? { ...v, activationStatus: operation.activationStatus, operationType } : v)),
        );
      }
      return snapshot;
    },
    onError: (error: unknown, version: string | undefined, snapshot: Snapshot | undefined) => {
      if (snapshot?.applied) {
        queryClient.setQueryData(activationsKey, snapshot.activations);
        queryClient.setQueryData(versionsKey, snapshot.versions);
      }
      notifications.show({
        color: 'red',
        title: `Could not ${verb} version ${version ?? ''}`.trim(),
        message: `${(isApiError(error) ? error.message : 'Unknown error').replace(/\.$/, '')}. The previous state was restored.`,
      });
    },
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: activationsKey }), queryClient.invalidateQueries({ queryKey: versionsKey })]),
  };
}
