import { Button, Code, FileButton, Group, NumberInput, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconFileImport, IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import type { AkamaiAclRule } from '../../../api/akamai/types';
import { formatInteger } from '../../../lib/format';
import { generateSampleTopics } from '../lib/sample-topics';

export const MAX_SAMPLE_TOPICS = 50_000;
/** Above this many lines a list is not put in the text box: laying out a few hundred KB of text takes the page hundreds of ms. */
export const MAX_EDITABLE_LINES = 1_000;
const PREVIEW_LINES = 5;

/**
 * Where the sample topics come from: typed or pasted text, or a list (a file or generated from
 * the rules) that is kept out of the text box when it is long.
 */
export type TopicSource = { kind: 'text'; text: string } | { kind: 'list'; text: string; lines: number; origin: string };

export function topicSourceFromText(text: string, origin: string): TopicSource {
  let lines = text ? 1 : 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines > MAX_EDITABLE_LINES ? { kind: 'list', text, lines, origin } : { kind: 'text', text };
}

export function SampleTopicsInput({ source, onSource, count, duplicates, rules }: { source: TopicSource; onSource: (source: TopicSource) => void; count: number; duplicates: number; rules: readonly AkamaiAclRule[] }) {
  const [generateCount, setGenerateCount] = useState<number | string>(Math.min(Math.max(rules.length * 2, 50), 1000));
  return (
    <Stack gap="xs">
      {source.kind === 'text' ? (
        <Textarea
          label="Sample topics, one per line"
          description="Topic names your devices and applications use. Lines that are not topic names are flagged in the matrix."
          value={source.text}
          onChange={(e) => onSource({ kind: 'text', text: e.currentTarget.value })}
          rows={6}
          spellCheck={false}
          autoComplete="off"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
          placeholder={'fleet/ABC123/telemetry\nfleet/ABC123/commands\ndrivers/u-42/notifications'}
        />
      ) : (
        <Paper withBorder p="sm" component="section" aria-label="Sample topic list">
          <Text size="sm" fw={600}>
            {formatInteger(source.lines)} lines {source.origin}
          </Text>
          <Code block mt={4} style={{ fontSize: 12 }}>
            {source.text.split('\n', PREVIEW_LINES).join('\n')}
            {source.lines > PREVIEW_LINES ? '\n…' : ''}
          </Code>
          <Text size="xs" c="dimmed" mt={4}>
            Too long to edit here ({formatInteger(MAX_EDITABLE_LINES)} lines at most); edit the file and import it again.
          </Text>
        </Paper>
      )}
      <Group gap="xs" align="flex-end" wrap="wrap">
        <FileButton accept=".txt,.csv,text/plain" onChange={(file) => void file?.text().then((text) => onSource(topicSourceFromText(text, `from ${file.name}`)))}>
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
          // No rules (none yet, or still loading into the editor) would generate an empty list that looks like a failure.
          disabled={rules.length === 0}
          onClick={() => {
            const n = Math.min(Math.max(Number(generateCount) || 0, 1), MAX_SAMPLE_TOPICS);
            onSource(topicSourceFromText(generateSampleTopics(rules, n).join('\n'), 'generated from the rules'));
          }}
        >
          Generate from the rules
        </Button>
        {source.text ? (
          <Button size="xs" variant="subtle" color="gray" onClick={() => onSource({ kind: 'text', text: '' })}>
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
