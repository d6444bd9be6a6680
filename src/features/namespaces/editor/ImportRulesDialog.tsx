import { Alert, Button, FileButton, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { AkamaiAclRule } from '../../../api/akamai/types';
import { parseRulesJson } from '../lib/rules-json';

/** Rules from JSON (pasted or a file): the API's configuration shape or a bare array. */
export function ImportRulesDialog({ opened, onClose, onImport }: { opened: boolean; onClose: () => void; onImport: (rules: AkamaiAclRule[], mode: 'replace' | 'append') => void }) {
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={onClose} title="Import rules" size="lg" centered>
      {opened ? <ImportForm onClose={onClose} onImport={onImport} /> : null}
    </Modal>
  );
}

function ImportForm({ onClose, onImport }: { onClose: () => void; onImport: (rules: AkamaiAclRule[], mode: 'replace' | 'append') => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const apply = (mode: 'replace' | 'append') => {
    const parsed = parseRulesJson(text);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    onImport(parsed.rules, mode);
    onClose();
  };
  return (
    <Stack gap="sm">
      <Text size="sm">
        Paste an array of rules, or a configuration with <code>acls</code>, as the API sends it (<code>topicFilter</code> or <code>path</code>, <code>publishers</code>, <code>subscribers</code>). Nothing is saved until you save the ACL.
      </Text>
      <Textarea
        label="Rules as JSON"
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setError(null);
        }}
        minRows={10}
        autosize
        maxRows={20}
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
        placeholder={'[\n  { "topicFilter": "fleet/%c/telemetry", "publishers": ["*"], "subscribers": [] }\n]'}
      />
      <FileButton accept="application/json,.json" onChange={(file) => void file?.text().then((t) => setText(t))}>
        {(props) => (
          <Button variant="default" size="xs" w="fit-content" {...props}>
            Load a JSON file
          </Button>
        )}
      </FileButton>
      {error ? (
        <Alert color="red" variant="light" role="alert" title="These rules cannot be imported">
          {error}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="light" onClick={() => apply('append')} disabled={!text.trim()}>
          Append rules
        </Button>
        <Button onClick={() => apply('replace')} disabled={!text.trim()}>
          Replace all rules
        </Button>
      </Group>
    </Stack>
  );
}
