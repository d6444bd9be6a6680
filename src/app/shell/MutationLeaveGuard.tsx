import { useIsMutating } from '@tanstack/react-query';
import { useBeforeUnload } from '../../lib/use-before-unload';

/**
 * While any change is still on its way to a server (an optimistic approve, a reorder, a save),
 * closing or reloading the tab asks first: leaving then could lose the change without the user
 * ever seeing whether it was applied or rolled back.
 */
export function MutationLeaveGuard() {
  useBeforeUnload(useIsMutating() > 0);
  return null;
}
