import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import type { DeviceProperty } from '../../../api/nexigon/types';
import { useSetProperty } from './use-set-property';

/**
 * What the server holds when a compare-and-swap write did not apply:
 * another value (someone wrote first), nothing (someone removed it), or
 * an existing property where the user meant to create one.
 */
export type PropertyClash = { kind: 'changed'; server: DeviceProperty } | { kind: 'deleted' } | { kind: 'exists'; server: DeviceProperty };

export interface PropertyWrite {
  name: string;
  value: unknown;
  protected: boolean;
  /** The version the edit is based on; undefined writes without comparing. */
  expectedVersion: number | undefined;
  /** Creating: look first, so an existing property is never overwritten unseen. */
  creating: boolean;
}

/**
 * The property editor's compare-and-swap flow: write against the version the
 * edit is based on; when the server holds something else, keep what it holds
 * as a clash for the user to resolve instead of overwriting it. API failures
 * are thrown for the form to show.
 */
export function usePropertyCompareAndSwap(deviceId: string) {
  const queryClient = useQueryClient();
  const setProperty = useSetProperty(deviceId);
  const [clash, setClash] = useState<PropertyClash | null>(null);

  const currentServerValue = async (name: string): Promise<DeviceProperty | null> => {
    const answer = await queryClient.fetchQuery({ ...nexigonDeviceQueries.property(deviceId, name), staleTime: 0 });
    return answer.result === 'Found' ? { name: answer.name, value: answer.value, protected: answer.protected, version: answer.version, lastUpdated: answer.lastUpdated } : null;
  };

  /** 'saved' when the value was written, 'clash' when the server's state needs the user's choice (see `clash`). */
  const write = async ({ name, value, protected: isProtected, expectedVersion, creating }: PropertyWrite): Promise<'saved' | 'clash'> => {
    setClash(null);
    if (creating) {
      const server = await currentServerValue(name);
      if (server) {
        setClash({ kind: 'exists', server });
        return 'clash';
      }
    }
    const result = await setProperty.mutateAsync({ name, value, protected: isProtected, expectedVersion });
    if (result.result === 'Set') return 'saved';
    if (result.result === 'Deleted') {
      setClash({ kind: 'deleted' });
      return 'clash';
    }
    const server = await currentServerValue(name);
    setClash(server ? { kind: 'changed', server } : { kind: 'deleted' });
    return 'clash';
  };

  return { clash, clearClash: () => setClash(null), write };
}
