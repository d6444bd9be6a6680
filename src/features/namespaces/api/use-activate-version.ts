import { useMutation, useQueryClient } from '@tanstack/react-query';
import { activateVersion } from '../../../api/akamai/client';
import type { AkamaiJurisdiction } from '../../../api/akamai/types';
import { namespaceQueries } from './namespace-queries';

export function useActivateVersion(namespace: string, jurisdiction: AkamaiJurisdiction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: string) => activateVersion({ namespace, jurisdiction, version }),
    meta: { action: 'activate the version' },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: namespaceQueries.activations(namespace, jurisdiction).queryKey }),
        queryClient.invalidateQueries({ queryKey: namespaceQueries.versions(namespace, jurisdiction).queryKey }),
      ]),
  });
}
