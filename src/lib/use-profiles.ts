import { useSyncExternalStore } from 'react';
import { getProfiles, subscribeProfiles } from '../api/profiles';
import type { ProviderId } from '../api/providers';

export function useProfiles() {
  return useSyncExternalStore(subscribeProfiles, getProfiles, getProfiles);
}

export function useProfile(provider: ProviderId) {
  return useProfiles()[provider];
}
