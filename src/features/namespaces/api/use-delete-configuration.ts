import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteConfiguration } from '../../../api/akamai/client';
import type { AkamaiJurisdiction } from '../../../api/akamai/types';
import { clearDraft } from '../lib/drafts';
import { forgetVersionSnapshots } from '../../../api/akamai/version-snapshots';
import { namespaceQueries } from '../../../api/akamai/queries';

export function useDeleteConfiguration(namespace: string, jurisdiction: AkamaiJurisdiction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteConfiguration({ namespace, jurisdiction }),
    onSuccess: () => {
      // Its versions are gone; a new configuration here starts again at version 1.
      forgetVersionSnapshots(namespace, jurisdiction);
      clearDraft(namespace, jurisdiction);
      queryClient.removeQueries({ queryKey: namespaceQueries.configurationKey(namespace, jurisdiction) });
      return queryClient.invalidateQueries({ queryKey: namespaceQueries.configurations(namespace).queryKey });
    },
  });
}
