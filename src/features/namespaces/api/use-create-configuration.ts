import { useMutation, useQueryClient } from '@tanstack/react-query';
import { waitUntilApplied } from '../../../api/akamai/await-applied';
import { createConfiguration } from '../../../api/akamai/client';
import type { CreateConfigurationRequest } from '../../../api/akamai/types';
import { namespaceQueries } from '../../../api/akamai/queries';
import { useApplying } from './use-applying';

/** Creates a configuration; like an update it is accepted (202) first and exists once Akamai applied it. */
export function useCreateConfiguration(namespace: string) {
  const queryClient = useQueryClient();
  const { applying, accepted, settled } = useApplying();
  const mutation = useMutation({
    mutationFn: async (body: CreateConfigurationRequest) => {
      await createConfiguration({ namespace, body });
      accepted();
      return waitUntilApplied({ namespace, jurisdiction: body.jurisdiction, applied: () => true });
    },
    onSuccess: (configuration, body) => {
      queryClient.setQueryData(namespaceQueries.configuration(namespace, body.jurisdiction).queryKey, configuration);
      return queryClient.invalidateQueries({ queryKey: namespaceQueries.namespaceKey(namespace) });
    },
    onSettled: settled,
  });
  return { ...mutation, applying };
}
