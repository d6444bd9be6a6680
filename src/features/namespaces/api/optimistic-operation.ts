import type { QueryClient } from '@tanstack/react-query';
import type { Activation, AkamaiJurisdiction, OperationType } from '../../../api/akamai/types';
import { namespaceQueries } from '../../../api/akamai/queries';
import { optimisticUpdate, patchQuery } from '../../../lib/optimistic-update';

/**
 * Activation and deactivation show at once, through the shared optimistic helper: a NEW
 * operation is added to the operations list (so the page says "in progress" before the server
 * answers) and to the version's row. If the request is refused, both lists go back to what they
 * were and the user is told; either way the lists are then read again from the server. A
 * deactivation whose active version is not known (`undefined`) changes nothing until then.
 */
export function optimisticOperation(queryClient: QueryClient, namespace: string, jurisdiction: AkamaiJurisdiction, operationType: Exclude<OperationType, 'N/A'>) {
  const activationsKey = namespaceQueries.activations(namespace, jurisdiction).queryKey;
  const versionsKey = namespaceQueries.versions(namespace, jurisdiction).queryKey;
  const verb = operationType === 'ACTIVATION' ? 'activate' : 'deactivate';
  return optimisticUpdate<string | undefined>(queryClient, {
    patches: (version) => {
      if (version === undefined) return [];
      const operation: Activation = { createdBy: 'You (sending…)', createdAt: Date.now(), namespace, jurisdiction, version, activationStatus: 'NEW', operationType };
      return [
        patchQuery(activationsKey, (operations) => [...operations, operation]),
        patchQuery(versionsKey, (versions) => versions.map((v) => (v.version === version ? { ...v, activationStatus: operation.activationStatus, operationType } : v))),
      ];
    },
    failureTitle: (version) => `Could not ${verb} version ${version ?? ''}`.trim(),
    restored: 'the previous state',
    settle: () => Promise.all([queryClient.invalidateQueries({ queryKey: activationsKey }), queryClient.invalidateQueries({ queryKey: versionsKey })]),
  });
}
