import { useMutation, useQueryClient } from '@tanstack/react-query';
import { activateVersion } from '../../../api/akamai/client';
import type { AkamaiJurisdiction } from '../../../api/akamai/types';
import { optimisticOperation } from './optimistic-operation';

/** Optimistic: the activation shows as NEW at once, and is rolled back (and explained) if refused. */
export function useActivateVersion(namespace: string, jurisdiction: AkamaiJurisdiction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: string) => activateVersion({ namespace, jurisdiction, version }),
    ...optimisticOperation(queryClient, namespace, jurisdiction, 'ACTIVATION'),
  });
}
