import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createVersion, getConfiguration } from '../../../api/akamai/client';
import type { AkamaiJurisdiction } from '../../../api/akamai/types';
import { rememberVersionSnapshot } from '../../../api/akamai/version-snapshots';
import { namespaceQueries } from '../../../api/akamai/queries';

export function useCreateVersion(namespace: string, jurisdiction: AkamaiJurisdiction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      // The server snapshots the saved configuration; read it first so the console can show this version's rules later.
      const saved = await getConfiguration({ namespace, jurisdiction });
      const created = await createVersion({ namespace, jurisdiction });
      rememberVersionSnapshot(namespace, jurisdiction, created.version, saved.acls);
      return created;
    },
    meta: { notifyError: 'create a version' },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: namespaceQueries.versions(namespace, jurisdiction).queryKey }),
  });
}
