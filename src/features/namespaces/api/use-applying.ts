import { useCallback, useState } from 'react';

/**
 * Whether an accepted (202) change is still being applied by Akamai: set by the mutation once
 * the request is accepted, cleared when it settles. The page says "applying…" meanwhile.
 */
export function useApplying() {
  const [applying, setApplying] = useState(false);
  const accepted = useCallback(() => setApplying(true), []);
  const settled = useCallback(() => setApplying(false), []);
  return { applying, accepted, settled };
}
