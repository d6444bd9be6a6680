import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sameAclRules, waitUntilApplied } from '../../../api/akamai/await-applied';
import { updateConfiguration } from '../../../api/akamai/client';
import type { AkamaiJurisdiction, UpdateConfigurationRequest } from '../../../api/akamai/types';
import { namespaceQueries } from '../../../api/akamai/queries';
import { useApplying } from './use-applying';

/**
 * Saves the rules. The API answers 202 Accepted and applies the change later: the mutation
 * stays pending (`applying`) until the configuration read back shows the rules sent.
 */
export function useUpdateConfiguration(namespace: string, jurisdiction: AkamaiJurisdiction) {
  const queryClient = useQueryClient();
  const { applying, accepted, settled } = useApplying();
  const mutation = useMutation({
    mutationFn: async (body: UpdateConfigurationRequest) => {
      await updateConfiguration({ namespace, jurisdiction, body });
      accepted();
      return waitUntilApplied({ namespace, jurisdiction, applied: (c) => sameAclRules(c.acls, body.acls) });
    },
    onSuccess: (configuration) => {
      queryClient.setQueryData(namespaceQueries.configuration(namespace, jurisdiction).queryKey, configuration);
      return queryClient.invalidateQueries({ queryKey: namespaceQueries.configurations(namespace).queryKey });
    },
    onSettled: settled,
  });
  return { ...mutation, applying };
}
