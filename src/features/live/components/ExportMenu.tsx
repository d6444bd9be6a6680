import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { downloadBlob } from '../../../lib/download';
import type { ExportScope } from '../../../mqtt/types';
import { useLiveSession } from '../lib/use-live';

/** Exports the buffer or the filtered view as NDJSON (built in the worker, so large exports never block the page). */
export function ExportMenu() {
  const session = useLiveSession();
  const [busy, setBusy] = useState(false);
  const run = async (scope: ExportScope) => {
    setBusy(true);
    try {
      const { blob, count } = await session.exportNdjson(scope);
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      downloadBlob(blob, `mqtt-${scope === 'all' ? 'buffer' : 'view'}-${stamp}.ndjson`);
      notifications.show({ color: 'green', message: `Exported ${count.toLocaleString()} messages as NDJSON.` });
    } catch (error) {
      // A failed export must say so, not leave the button silently back at rest.
      notifications.show({ color: 'red', title: 'Export failed', message: error instanceof Error ? error.message : 'The messages could not be exported.' });
    } finally {
      setBusy(false);
    }
  };
  return (
    // Mantine's focus placeholder is a focusable role="presentation" div inside role="menu": axe flags it (aria-required-children).
    <Menu position="bottom-end" withInitialFocusPlaceholder={false}>
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
