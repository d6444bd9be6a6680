import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { ExportScope } from '../../../mqtt/types';
import { useLiveSession } from '../lib/use-live';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Exports the buffer or the filtered view as NDJSON (built in the worker, so large exports never block the page). */
export function ExportMenu() {
  const session = useLiveSession();
  const [busy, setBusy] = useState(false);
  const run = async (scope: ExportScope) => {
    setBusy(true);
    try {
      const { blob, count } = await session.exportNdjson(scope);
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      download(blob, `mqtt-${scope === 'all' ? 'buffer' : 'view'}-${stamp}.ndjson`);
      notifications.show({ color: 'green', message: `Exported ${count.toLocaleString()} messages as NDJSON.` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={busy}>
          Export NDJSON
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void run('all')}>Whole buffer</Menu.Item>
        <Menu.Item onClick={() => void run('view')}>Filtered view</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
