import { runAdaptive, type AdaptivePoolOptions, type PoolProgress } from '../../lib/adaptive-pool';
import { describeFailure } from '../owner-failure';
import type { DeviceCertificate } from './types';
import type { WireDeviceCertificateStatus } from './wire';

/**
 * The scan of every device's certificates. The device API has no "all
 * certificates" call, so the console asks device by device, as many at a time
 * as the API's rate limit allows (the adaptive pool: it grows while nothing is
 * rate-limited, halves on a 429, and asks a rate-limited device again after
 * the backoff, so no device fails because of a rate limit).
 * Shared by the views that need the fleet's certificates (the certificates
 * page, the overview, the search palette): one scan, wherever it was started.
 *
 * Kept in a module-level store (not the query cache) because a scan is one
 * long, progressive, cancellable job whose partial results are shown as they
 * arrive; the store outlives the page, so coming back shows the last scan with
 * its time, and a scan left running carries on. Scans are keyed by the Nexigon
 * profile (mode and base URL) and the project scope, so switching the profile
 * never shows another instance's certificates.
 */
export interface ScanDevice {
  deviceId: string;
  name: string;
  project: string;
}

export interface DeviceFailure {
  device: ScanDevice;
  message: string;
  retrying: boolean;
}

export type ScanStatus = 'running' | 'done' | 'cancelled';

/** One device's certificates, as the API gave them. */
export interface ScannedDevice {
  device: ScanDevice;
  certificates: DeviceCertificate[];
}

export interface ScanSnapshot {
  status: ScanStatus;
  total: number;
  /** Devices answered or failed. */
  scanned: number;
  failures: DeviceFailure[];
  /** Every device answered so far, in device order. */
  results: ScannedDevice[];
  startedAt: number;
  finishedAt: number | null;
  /** How the scan meets the rate limit: requests in flight now, the current limit, 429s so far, devices waiting for their backoff. */
  pace: Pick<PoolProgress, 'inFlight' | 'limit' | 'rateLimited' | 'backingOff'>;
}

export type FetchCertificates = (deviceId: string, signal: AbortSignal) => Promise<DeviceCertificate[]>;

/** The pool's limits for a scan (tests pin them). */
export type ScanPoolOptions = Pick<AdaptivePoolOptions<ScanDevice, DeviceCertificate[]>, 'initial' | 'min' | 'max' | 'backoffMs'>;

/** Partial results reach the page at most this often, so thousands of answers do not mean thousands of renders. */
const FLUSH_MS = 250;

class DeviceScan {
  private readonly results = new Map<string, DeviceCertificate[]>();
  private readonly failures = new Map<string, DeviceFailure>();
  private readonly controller = new AbortController();
  private status: ScanStatus = 'running';
  private readonly startedAt = Date.now();
  private finishedAt: number | null = null;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private pace: ScanSnapshot['pace'] = { inFlight: 0, limit: 0, rateLimited: 0, backingOff: 0 };
  snapshot: ScanSnapshot;

  constructor(
    private readonly devices: readonly ScanDevice[],
    private readonly fetchCertificates: FetchCertificates,
    private readonly notify: () => void,
    private readonly pool: ScanPoolOptions,
  ) {
    this.snapshot = this.build();
  }

  async run(): Promise<void> {
    const { cancelled } = await runAdaptive(this.devices, (d, signal) => this.fetchCertificates(d.deviceId, signal), {
      ...this.pool,
      signal: this.controller.signal,
      onProgress: ({ inFlight, limit, rateLimited, backingOff }) => {
        this.pace = { inFlight, limit, rateLimited, backingOff };
        this.schedule();
      },
      onSettled: (o) => {
        if (o.ok) this.results.set(o.item.deviceId, o.value);
        else this.failures.set(o.item.deviceId, { device: o.item, message: describeFailure(o.error), retrying: false });
        this.schedule();
      },
    });
    this.status = cancelled ? 'cancelled' : 'done';
    this.finishedAt = Date.now();
    this.flush();
  }

  cancel(): void {
    if (this.status === 'running') this.controller.abort();
  }

  async retry(deviceId: string): Promise<void> {
    const failure = this.failures.get(deviceId);
    if (!failure || failure.retrying) return;
    this.failures.set(deviceId, { ...failure, retrying: true });
    this.flush();
    // Through the pool too, so a rate-limited retry waits and asks again instead of failing.
    const { outcomes } = await runAdaptive([failure.device], (d, signal) => this.fetchCertificates(d.deviceId, signal), this.pool);
    const outcome = outcomes[0];
    if (outcome?.ok) {
      this.failures.delete(deviceId);
      this.results.set(deviceId, outcome.value);
    } else this.failures.set(deviceId, { device: failure.device, message: outcome ? describeFailure(outcome.error) : 'Cancelled', retrying: false });
    this.flush();
  }

  /** After a status change made from the page, so the table shows it without rescanning. */
  patchStatus(deviceId: string, certificateId: string, status: WireDeviceCertificateStatus): void {
    const certificates = this.results.get(deviceId);
    if (!certificates) return;
    this.results.set(
      deviceId,
      certificates.map((c) => (c.certificateId === certificateId ? { ...c, status } : c)),
    );
    // Batched like scan results: a bulk action patches hundreds of rows in a row.
    this.schedule();
  }

  private schedule(): void {
    this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  private flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    this.snapshot = this.build();
    this.notify();
  }

  private build(): ScanSnapshot {
    const results: ScannedDevice[] = [];
    for (const device of this.devices) {
      const certificates = this.results.get(device.deviceId);
      if (certificates) results.push({ device, certificates });
    }
    return {
      status: this.status,
      total: this.devices.length,
      scanned: this.results.size + this.failures.size,
      failures: this.devices.flatMap((d) => {
        const f = this.failures.get(d.deviceId);
        return f ? [f] : [];
      }),
      results,
      startedAt: this.startedAt,
      finishedAt: this.finishedAt,
      pace: this.pace,
    };
  }
}

/** One store per app; tests make their own. */
export function createScanStore(pool: ScanPoolOptions = {}) {
  const scans = new Map<string, DeviceScan>();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get(key: string): ScanSnapshot | undefined {
      return scans.get(key)?.snapshot;
    },
    /** Starts (or restarts) the scan of `key`; a scan already running for it is cancelled first. */
    start(key: string, devices: readonly ScanDevice[], fetchCertificates: FetchCertificates): Promise<void> {
      scans.get(key)?.cancel();
      const scan = new DeviceScan(devices, fetchCertificates, notify, pool);
      scans.set(key, scan);
      notify();
      return scan.run();
    },
    cancel(key: string): void {
      scans.get(key)?.cancel();
    },
    retry(key: string, deviceId: string): Promise<void> {
      return scans.get(key)?.retry(deviceId) ?? Promise.resolve();
    },
    patchStatus(key: string, deviceId: string, certificateId: string, status: WireDeviceCertificateStatus): void {
      scans.get(key)?.patchStatus(deviceId, certificateId, status);
    },
  };
}

export type ScanStore = ReturnType<typeof createScanStore>;

export const deviceScanStore = createScanStore();
