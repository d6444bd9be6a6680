import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { setDeviceCertificateStatus } from '../../../api/nexigon/client';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import type { WireDeviceCertificateStatus } from '../../../api/nexigon/wire';
import { runBounded } from '../../../api/bounded';
import type { CertRow, CertStatus } from '../lib/cert-row';
import { deviceScanStore } from '../../../api/nexigon/device-scan';
import { describeFailure } from '../../../api/owner-failure';

const PUBLISH_MS = 100;

export type BulkVerb = 'approve' | 'reject' | 'revoke';

/** Dark shades: white button text keeps a 4.5:1 contrast on them. */
export const BULK_ACTIONS: Record<BulkVerb, { label: string; from: CertStatus; to: WireDeviceCertificateStatus; color: string }> = {
  approve: { label: 'Approve', from: 'pending', to: 'Active', color: 'teal.9' },
  reject: { label: 'Reject', from: 'pending', to: 'Rejected', color: 'gray.8' },
  revoke: { label: 'Revoke', from: 'active', to: 'Revoked', color: 'red.9' },
};

export type ItemState = 'queued' | 'running' | 'ok' | 'error';

export interface BulkItem {
  row: CertRow;
  state: ItemState;
  message: string | null;
}

export interface BulkRun {
  verb: BulkVerb;
  items: BulkItem[];
  running: boolean;
}

/**
 * Changes the status of many device certificates, a few requests at a time,
 * and keeps one result per certificate so one failure does not hide the
 * others. Successes update the cached scan at once; the devices' own pages
 * refetch when next shown.
 */
export function useBulkStatusChange(scanKey: string) {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<BulkRun | null>(null);
  const busy = useRef(false);

  const execute = useCallback(
    async (verb: BulkVerb, rows: readonly CertRow[], previous: BulkItem[] = []) => {
      if (busy.current || rows.length === 0) return;
      busy.current = true;
      const action = BULK_ACTIONS[verb];
      const keys = new Set(rows.map((r) => r.key));
      // A retry keeps the items that already succeeded in the list.
      const items: BulkItem[] = [...previous.filter((i) => !keys.has(i.row.key)), ...rows.map((row) => ({ row, state: 'queued' as const, message: null }))];
      const position = new Map(items.map((item, i) => [item.row.key, i]));
      // Hundreds of items change state within a second: publish at most every PUBLISH_MS.
      let timer: ReturnType<typeof setTimeout> | null = null;
      const publish = () => {
        if (timer) clearTimeout(timer);
        timer = null;
        setRun({ verb, items: [...items], running: true });
      };
      const update = (key: string, patch: Partial<BulkItem>) => {
        const i = position.get(key);
        if (i === undefined) return;
        items[i] = { ...(items[i] as BulkItem), ...patch };
        timer ??= setTimeout(publish, PUBLISH_MS);
      };
      publish();
      await runBounded(
        rows,
        async (row) => {
          update(row.key, { state: 'running' });
          await setDeviceCertificateStatus({ certificateId: row.id, status: action.to });
        },
        {
          onSettled: (o) => {
            if (o.ok) {
              update(o.item.key, { state: 'ok', message: null });
              deviceScanStore.patchStatus(scanKey, o.item.owner.id, o.item.id, action.to);
            } else update(o.item.key, { state: 'error', message: describeFailure(o.error) });
          },
        },
      );
      if (timer) clearTimeout(timer);
      setRun({ verb, items: [...items], running: false });
      busy.current = false;
      const devices = new Set(rows.map((r) => r.owner.id));
      for (const deviceId of devices) void queryClient.invalidateQueries({ queryKey: nexigonDeviceQueries.deviceKey(deviceId) });
      void queryClient.invalidateQueries({ queryKey: nexigonDeviceQueries.fleet().queryKey });
    },
    [queryClient, scanKey],
  );

  const retryFailed = useCallback(() => {
    if (!run) return;
    void execute(
      run.verb,
      run.items.filter((i) => i.state === 'error').map((i) => i.row),
      run.items,
    );
  }, [execute, run]);

  return { run, start: (verb: BulkVerb, rows: readonly CertRow[]) => void execute(verb, rows), retryFailed, dismiss: () => setRun(null) };
}
