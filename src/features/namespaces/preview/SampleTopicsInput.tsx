import { Button, FileButton, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { IconFileImport, IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import type { AkamaiAclRule } from '../../../api/akamai/types';
import { formatInteger } from '../../../lib/format';
import { generateSampleTopics } from '../lib/sample-topics';

export const MAX_SAMPLE_TOPICS = 50_000;

/** Sample topics for the matrix and rule focus: pasted, imported from a file, or generated from the rules. */
export function SampleTopicsInput({ text, onText, count, duplicates, rules }: { text: string; onText: (text: string) => void; count: number; duplicates: number; rules: readonly AkamaiAclRule[] }) {
  const [generateCount, setGenerateCount] = useState<number | string>(Math.min(Math.max(rules.length * 2, 50), 1000));
  return (
    <Stack gap="xs">
      <Textarea
        label="Sample topics, one per line"
        description="Topic names your devices and applications use. Lines that are not topic names are flagged in the matrix."
        value={text}
        onChange={(e) => onText(e.currentTarget.value)}
        rows={6}
        spellCheck={false}
        autoComplete="off"
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
        placeholder={'fleet/ABC123/telemetry\nfleet/ABC123/commands\ndrivers/u-42/notifications'}
      />
      <Group gap="xs" align="flex-end" wrap="wrap">
        <FileButton accept=".txt,.csv,text/plain" onChange={(file) => void file?.text().then(onText)}>
          {(props) => (
            <Button size="xs" variant="default" leftSection={<IconFileImport size={14} aria-hidden />} {...props}>
              Import topics from a file
            </Button>
          )}
        </FileButton>
        <NumberInput size="xs" label="How many to generate" min={1} max={MAX_SAMPLE_TOPICS} step={100} thousandSeparator="," value={generateCount} onChange={setGenerateCount} w={170} />
        <Button
          size="xs"
          variant="light"
          leftSection={<IconWand size={14} aria-hidden />}
          onClick={() => {
            const n = Math.min(Math.max(Number(generateCount) || 0, 1), MAX_SAMPLE_TOPICS);
            onText(generateSampleTopics(rules, n).join('\n'));
          }}
        >
          Generate from the rules
        </Button>
        {text ? (
          <Button size="xs" variant="subtle" color="gray" onClick={() => onText('')}>
            Clear topics
          </Button>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed" aria-live="polite">
        {formatInteger(count)} sample topic{count === 1 ? '' : 's'}
        {duplicates > 0 ? ` (${formatInteger(duplicates)} repeated line${duplicates === 1 ? '' : 's'} ignored)` : ''}
        {count > MAX_SAMPLE_TOPICS ? ` — only the first ${formatInteger(MAX_SAMPLE_TOPICS)} are previewed` : ''}.
      </Text>
    </Stack>
  );
}
