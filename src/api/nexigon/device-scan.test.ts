import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../errors/api-error';
import type { DeviceCertificate } from './types';
import { createScanStore, type ScanDevice } from './device-scan';

const devices: ScanDevice[] = Array.from({ length: 10 }, (_, i) => ({ deviceId: `d${i}`, name: `meter-${i}`, project: 'Smart meters' }));
const cert = (deviceId: string, status: DeviceCertificate['status'] = 'Pending'): DeviceCertificate => ({ certificateId: `c-${deviceId}`, status, fingerprint: `FP:${deviceId}`, firstSeen: '2026-11-01T00:00:00Z' });

describe('device scan store', () => {
  it('scans every device, lists a failed one with its error, and keeps going', async () => {
    const store = createScanStore({ initial: 3, max: 3 });
    await store.start('k', devices, async (id) => {
      if (id === 'd4') throw new Error('storage node unavailable');
      return [cert(id)];
    });
    const snap = store.get('k');
    expect(snap).toMatchObject({ status: 'done', total: 10, scanned: 10 });
    expect(snap?.results.map((r) => r.device.deviceId)).toEqual(devices.filter((d) => d.deviceId !== 'd4').map((d) => d.deviceId));
    expect(snap?.failures).toEqual([{ device: devices[4], message: 'storage node unavailable', retrying: false }]);
    expect(snap?.finishedAt).not.toBeNull();
  });

  it('retrying a failed device adds its certificates and clears the failure', async () => {
    const store = createScanStore();
    let down = true;
    await store.start('k', devices.slice(0, 2), async (id) => {
      if (id === 'd1' && down) throw new Error('down');
      return [cert(id)];
    });
    expect(store.get('k')?.failures).toHaveLength(1);
    down = false;
    await store.retry('k', 'd1');
    expect(store.get('k')?.failures).toHaveLength(0);
    expect(store.get('k')?.results.flatMap((r) => r.certificates.map((c) => c.certificateId))).toEqual(['c-d0', 'c-d1']);
  });

  it('cancel stops the scan with partial results, and a rescan starts over', async () => {
    const store = createScanStore({ initial: 2, max: 2 });
    let calls = 0;
    const slow = (id: string, signal: AbortSignal) =>
      new Promise<DeviceCertificate[]>((resolve, reject) => {
        calls++;
        const t = setTimeout(() => resolve([cert(id)]), id === 'd0' || id === 'd1' ? 1 : 50);
        signal.addEventListener('abort', () => {
          clearTimeout(t);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    const running = store.start('k', devices, slow);
    expect(store.get('k')?.status).toBe('running');
    await new Promise((r) => setTimeout(r, 20));
    store.cancel('k');
    await running;
    const cancelled = store.get('k');
    expect(cancelled?.status).toBe('cancelled');
    expect(cancelled?.scanned).toBe(2);
    expect(cancelled?.failures).toHaveLength(0);
    expect(calls).toBe(4);

    await store.start('k', devices, async (id) => [cert(id)]);
    expect(store.get('k')).toMatchObject({ status: 'done', scanned: 10 });
  });

  it('keeps scans apart by key and patches a status in place', async () => {
    const store = createScanStore();
    await store.start('a', devices.slice(0, 1), async (id) => [cert(id)]);
    expect(store.get('b')).toBeUndefined();
    store.patchStatus('a', 'd0', 'c-d0', 'Active');
    // Batched: the snapshot follows on the next flush.
    await vi.waitFor(() => expect(store.get('a')?.results[0]?.certificates[0]?.status).toBe('Active'));
  });

  it('notifies listeners as results arrive', async () => {
    const store = createScanStore();
    let notified = 0;
    const off = store.subscribe(() => notified++);
    await store.start('k', devices.slice(0, 3), async (id) => [cert(id)]);
    off();
    expect(notified).toBeGreaterThanOrEqual(2);
  });

  it('asks a rate-limited device again after the backoff: no device fails on a 429, and the snapshot counts them', async () => {
    const store = createScanStore({ backoffMs: () => 1 });
    const limitedOnce = new Set<string>();
    await store.start('k', devices, async (id) => {
      if (!limitedOnce.has(id)) {
        limitedOnce.add(id);
        throw new ApiError({ provider: 'nexigon', status: 429, code: 'RateLimited', message: 'slow down' });
      }
      return [cert(id)];
    });
    const snap = store.get('k');
    expect(snap).toMatchObject({ status: 'done', scanned: 10, failures: [] });
    expect(snap?.results).toHaveLength(10);
    expect(snap?.pace.rateLimited).toBe(10);
  });
});
