import { Button, Group } from '@mantine/core';
import { IconDownload, IconPlus, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import type { AkamaiAclRule } from '../../../api/akamai/types';
import { toAclRequest } from '../../../api/akamai/types';
import { downloadText } from '../../../lib/download';
import { formatInteger } from '../../../lib/format';
import { ImportRulesDialog } from './ImportRulesDialog';

export function RulesToolbar({ rules, fileName, onAdd, onImport }: { rules: readonly AkamaiAclRule[]; fileName: string; onAdd: () => void; onImport: (rules: AkamaiAclRule[], mode: 'replace' | 'append') => void }) {
  const [importing, setImporting] = useState(false);
  return (
    <Group gap="xs" justify="space-between" wrap="wrap">
      <Group gap="xs">
        <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={onAdd}>
          Add rule
        </Button>
        <Button size="xs" variant="default" leftSection={<IconUpload size={14} aria-hidden />} onClick={() => setImporting(true)}>
          Import JSON
        </Button>
        <Button size="xs" variant="default" leftSection={<IconDownload size={14} aria-hidden />} onClick={() => downloadText(`${JSON.stringify({ acls: toAclRequest(rules) }, null, 2)}\n`, fileName, 'application/json')}>
          Export JSON
        </Button>
      </Group>
      <span style={{ fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)' }}>
        {formatInteger(rules.length)} rule{rules.length === 1 ? '' : 's'} · any rule that matches grants access; order does not matter
      </span>
      <ImportRulesDialog opened={importing} onClose={() => setImporting(false)} onImport={onImport} />
    </Group>
  );
}
