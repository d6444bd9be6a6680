import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deactivateVersion } from '../../../api/akamai/client';
import type { AkamaiJurisdiction } from '../../../api/akamai/types';
import { optimisticOperation } from './optimistic-operation';

/** Takes the active version (for the optimistic NEW deactivation); the API needs none. */
export function useDeactivateVersion(namespace: string, jurisdiction: AkamaiJurisdiction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (_activeVersion: string | undefined) => deactivateVersion({ namespace, jurisdiction }),
    ...optimisticOperation(queryClient, namespace, jurisdiction, 'DEACTIVATION'),
  });
}
