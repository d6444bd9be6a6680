import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateAcl } from '../../../api/scaleway-lb/client';
import { invalidateLb, lbQueries } from '../../../api/scaleway-lb/queries';
import { optimisticUpdate, patchQuery } from '../../../lib/optimistic-update';
import { aclToInput, type IndexChange } from '../lib/acl-order';

/**
 * Moving a rule is optimistic: the list (and the rule tester's verdict)
 * change at once. The API has no "set order" call on regional paths, so each
 * changed index is one PUT; if one fails, the list is put back, refetched
 * (some PUTs may have gone through) and the user is told.
 */
export function useReorderAcls(region: string, lbId: string, frontendId: string) {
  const queryClient = useQueryClient();
  const key = lbQueries.acls(region, lbId, frontendId).queryKey;
  return useMutation({
    mutationFn: async (changes: IndexChange[]) => {
      for (const { acl, index } of changes) await updateAcl({ region, aclId: acl.id, body: aclToInput(acl, { index }) });
    },
    ...optimisticUpdate(queryClient, {
      patches: (changes: IndexChange[]) => {
        const byId = new Map(changes.map((c) => [c.acl.id, c.index]));
        return [patchQuery(key, (acls) => acls.map((a) => ({ ...a, index: byId.get(a.id) ?? a.index })))];
      },
      failureTitle: () => 'Could not reorder the ACLs',
      restored: 'the previous order',
      settle: () => invalidateLb(queryClient, region, lbId),
    }),
  });
}
