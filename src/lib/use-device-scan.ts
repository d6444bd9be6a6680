import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { listDeviceCertificates } from '../api/nexigon/client';
import { nexigonDeviceQueries, type Fleet } from '../api/nexigon/queries';
import { useProfile } from './use-profiles';
import { deviceScanStore, type FetchCertificates, type ScanDevice } from '../api/nexigon/device-scan';

function scanDevices(fleet: Fleet, projectId: string): ScanDevice[] {
  return fleet.devices.filter((d) => !projectId || d.projectId === projectId).map((d) => ({ deviceId: d.deviceId, name: d.name ?? d.deviceId, project: d.projectName }));
}

const fetchCertificates: FetchCertificates = (deviceId, signal) => listDeviceCertificates({ deviceId, signal });

/**
 * The device certificate scan of the current Nexigon profile, limited to one
 * project or not. Starts by itself when there is no cached scan for the scope,
 * unless `autoStart` is false (a view that only reports the last scan).
 */
export function useDeviceScan(projectId: string, { autoStart = true } = {}) {
  const profile = useProfile('nexigon');
  const key = `${profile.mode}|${profile.baseUrl}|${projectId || '*'}`;
  // The fleet's names and projects; no polling here, the scan is the snapshot.
  const fleet = useQuery({ ...nexigonDeviceQueries.fleet(), refetchInterval: false });
  const snapshot = useSyncExternalStore(deviceScanStore.subscribe, () => deviceScanStore.get(key));

  const devices = useMemo(() => (fleet.data ? scanDevices(fleet.data, projectId) : undefined), [fleet.data, projectId]);

  useEffect(() => {
    if (autoStart && devices && !deviceScanStore.get(key)) void deviceScanStore.start(key, devices, fetchCertificates);
  }, [autoStart, devices, key]);

  const { refetch } = fleet;
  // A rescan also picks up devices added since the last one.
  const rescan = useCallback(async () => {
    const { data } = await refetch();
    if (data) void deviceScanStore.start(key, scanDevices(data, projectId), fetchCertificates);
  }, [refetch, key, projectId]);

  return {
    key,
    fleet,
    snapshot,
    rescan: () => void rescan(),
    cancel: useCallback(() => deviceScanStore.cancel(key), [key]),
    retry: useCallback((deviceId: string) => void deviceScanStore.retry(key, deviceId), [key]),
  };
}
