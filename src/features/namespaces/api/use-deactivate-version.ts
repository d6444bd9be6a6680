import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deactivateVersion } from '../../../api/akamai/client';
import type { AkamaiJurisdiction } from '../../../api/akamai/types';
import { namespaceQueries } from './namespace-queries';

export function useDeactivateVersion(namespace: string, jurisdiction: AkamaiJurisdiction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deactivateVersion({ namespace, jurisdiction }),
    meta: { action: 'deactivate the active version' },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: namespaceQueries.activations(namespace, jurisdiction).queryKey }),
        queryClient.invalidateQueries({ queryKey: namespaceQueries.versions(namespace, jurisdiction).queryKey }),
      ]),
  });
}
