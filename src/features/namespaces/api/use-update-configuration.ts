import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateConfiguration } from '../../../api/akamai/client';
import type { AkamaiJurisdiction, UpdateConfigurationRequest } from '../../../api/akamai/types';
import { namespaceQueries } from '../../../api/akamai/queries';

export function useUpdateConfiguration(namespace: string, jurisdiction: AkamaiJurisdiction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateConfigurationRequest) => updateConfiguration({ namespace, jurisdiction, body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: namespaceQueries.configuration(namespace, jurisdiction).queryKey }),
        queryClient.invalidateQueries({ queryKey: namespaceQueries.configurations(namespace).queryKey }),
      ]),
  });
}
