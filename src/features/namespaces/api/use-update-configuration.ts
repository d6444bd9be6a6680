import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateConfiguration } from '../../../api/akamai/client';
import type { AkamaiJurisdiction, UpdateConfigurationRequest } from '../../../api/akamai/types';
import { namespaceQueries } from './namespace-queries';

export function useUpdateConfiguration(namespace: string, jurisdiction: AkamaiJurisdiction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateConfigurationRequest) => updateConfiguration({ namespace, jurisdiction, body }),
    // The editor shows the API's objections on the rows they concern, and keeps the edits.
    meta: { errorNotification: false },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: namespaceQueries.configuration(namespace, jurisdiction).queryKey }),
        queryClient.invalidateQueries({ queryKey: namespaceQueries.configurations(namespace).queryKey }),
      ]),
  });
}
