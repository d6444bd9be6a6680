import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { setDeviceCertificateStatus } from '../../../api/nexigon/client';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import type { WireDeviceCertificateStatus } from '../../../api/nexigon/wire';
import type { CertRow, CertStatus } from '../lib/cert-row';
import { deviceScanStore } from '../../../api/nexigon/device-scan';
import { describeFailure } from '../../../api/owner-failure';
import { runAdaptive, type PoolProgress } from '../../../lib/adaptive-pool';

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

export type BulkPace = Pick<PoolProgress, 'limit' | 'rateLimited' | 'backingOff'>;

export interface BulkRun {
  verb: BulkVerb;
  items: BulkItem[];
  running: boolean;
  /** How the run meets the API's rate limit. */
  pace: BulkPace;
}

interface BulkVariables {
  verb: BulkVerb;
  rows: readonly CertRow[];
  /** The items of the run being retried: those that succeeded stay in the list. */
  previous: readonly BulkItem[];
}

const NO_PACE: BulkPace = { limit: 0, rateLimited: 0, backingOff: 0 };

/**
 * Changes the status of many device certificates through the adaptive pool
 * (as many at a time as the rate limit allows; a rate-limited change waits and
 * is asked again, so none fails because of a 429), and keeps one result per
 * certificate so one failure does not hide the others. A `useMutation`, so
 * the shell's leave guard knows it is in flight. Successes update the cached
 * scan at once; the devices' own pages refetch when next shown.
 */
export function useBulkStatusChange(scanKey: string) {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<BulkRun | null>(null);

  const mutation = useMutation({
    mutationFn: async ({ verb, rows, previous }: BulkVariables): Promise<BulkItem[]> => {
      const action = BULK_ACTIONS[verb];
      const keys = new Set(rows.map((r) => r.key));
      const items: BulkItem[] = [...previous.filter((i) => !keys.has(i.row.key)), ...rows.map((row) => ({ row, state: 'queued' as const, message: null }))];
      const position = new Map(items.map((item, i) => [item.row.key, i]));
      let pace = NO_PACE;
      // Hundreds of items change state within a second: publish at most every PUBLISH_MS.
      let timer: ReturnType<typeof setTimeout> | null = null;
      const publish = (running = true) => {
        if (timer) clearTimeout(timer);
        timer = null;
        setRun({ verb, items: [...items], running, pace });
      };
      const schedule = () => {
        timer ??= setTimeout(publish, PUBLISH_MS);
      };
      const update = (key: string, patch: Partial<BulkItem>) => {
        const i = position.get(key);
        if (i === undefined) return;
        items[i] = { ...(items[i] as BulkItem), ...patch };
        schedule();
      };
      publish();
      await runAdaptive(
        rows,
        async (row) => {
          update(row.key, { state: 'running' });
          await setDeviceCertificateStatus({ certificateId: row.id, status: action.to });
        },
        {
          onProgress: ({ limit, rateLimited, backingOff }) => {
            pace = { limit, rateLimited, backingOff };
            schedule();
          },
          onSettled: (o) => {
            if (o.ok) {
              update(o.item.key, { state: 'ok', message: null });
              deviceScanStore.patchStatus(scanKey, o.item.owner.id, o.item.id, action.to);
            } else update(o.item.key, { state: 'error', message: describeFailure(o.error) });
          },
        },
      );
      publish(false);
      return items;
    },
    onSettled: (_items, _error, { rows }) => {
      const devices = new Set(rows.map((r) => r.owner.id));
      for (const deviceId of devices) void queryClient.invalidateQueries({ queryKey: nexigonDeviceQueries.deviceKey(deviceId) });
      void queryClient.invalidateQueries({ queryKey: nexigonDeviceQueries.fleet().queryKey });
    },
  });

  const { mutate, isPending } = mutation;
  const execute = useCallback(
    (verb: BulkVerb, rows: readonly CertRow[], previous: readonly BulkItem[] = []) => {
      if (isPending || rows.length === 0) return;
      mutate({ verb, rows, previous });
    },
    [isPending, mutate],
  );

  const retryFailed = useCallback(() => {
    if (!run) return;
    execute(
      run.verb,
      run.items.filter((i) => i.state === 'error').map((i) => i.row),
      run.items,
    );
  }, [execute, run]);

  return { run, start: (verb: BulkVerb, rows: readonly CertRow[]) => execute(verb, rows), retryFailed, dismiss: () => setRun(null) };
}
