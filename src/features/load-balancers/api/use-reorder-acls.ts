import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/errors/api-error';
import { updateAcl } from '../../../api/scaleway-lb/client';
import type { Acl } from '../../../api/scaleway-lb/types';
import { aclToInput, type IndexChange } from '../lib/acl-order';
import { invalidateLb, lbQueries } from '../../../api/scaleway-lb/queries';

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
    onMutate: async (changes) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Acl[]>(key);
      if (previous) {
        const byId = new Map(changes.map((c) => [c.acl.id, c.index]));
        queryClient.setQueryData<Acl[]>(key, previous.map((a) => (byId.has(a.id) ? { ...a, index: byId.get(a.id) ?? a.index } : a)));
      }
      return { previous };
    },
    onError: (error, _changes, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      notifications.show({
        color: 'red',
        title: 'Could not reorder the ACLs',
        message: `${isApiError(error) ? error.message : 'Unknown error'}. The previous order was restored.`,
      });
    },
    onSettled: () => invalidateLb(queryClient, region, lbId),
  });
}
