import { Divider, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import type { AkamaiAclRule } from '../../../api/akamai/types';
import { parseTopicLines } from '../lib/sample-topics';
import { AccessCheck, type AccessInputs } from './AccessCheck';
import type { FocusMatch, MatrixRow } from './engine';
import type { PreviewClient, StreamHandlers } from './preview-client';
import { RuleFocus } from './RuleFocus';
import { MAX_SAMPLE_TOPICS, SampleTopicsInput, type TopicSource } from './SampleTopicsInput';
import { TopicMatrix } from './TopicMatrix';

export const PREVIEW_MODES = ['access', 'matrix', 'focus'] as const;
export type PreviewMode = (typeof PREVIEW_MODES)[number];

/**
 * The match preview of the editor's current rules (unsaved changes included), computed in the
 * browser: one access decision, or a matrix of sample topics, or one rule's matches. The
 * matrix and rule focus run in the preview worker and stream their results.
 */
export function MatchPreview({
  rules,
  client,
  mode,
  onMode,
  ruleIndex,
  onRule,
  onFocusRule,
  access,
  onAccess,
  topicSource,
  onTopicSource,
  onGoToRule,
}: {
  rules: readonly AkamaiAclRule[];
  client: PreviewClient | null;
  mode: PreviewMode;
  onMode: (mode: PreviewMode) => void;
  ruleIndex: number | null;
  onRule: (index: number | null) => void;
  /** Switches to the rule focus on this rule (one URL update, so both changes land). */
  onFocusRule: (index: number) => void;
  access: AccessInputs;
  onAccess: (inputs: AccessInputs) => void;
  topicSource: TopicSource;
  onTopicSource: (source: TopicSource) => void;
  onGoToRule: (index: number) => void;
}) {
  const deferredText = useDeferredValue(topicSource.text);
  const { topics: allTopics, duplicates } = useMemo(() => parseTopicLines(deferredText), [deferredText]);
  const topics = useMemo(() => (allTopics.length > MAX_SAMPLE_TOPICS ? allTopics.slice(0, MAX_SAMPLE_TOPICS) : allTopics), [allTopics]);
  const focusRule = ruleIndex !== null ? rules[ruleIndex] : undefined;

  const startMatrix = useMemo(
    () => (mode === 'matrix' && client && topics.length > 0 ? (handlers: StreamHandlers<MatrixRow>) => client.matrix(rules, topics, handlers) : null),
    [mode, client, rules, topics],
  );
  const startFocus = useMemo(
    () => (mode === 'focus' && client && focusRule && topics.length > 0 ? (handlers: StreamHandlers<FocusMatch>) => client.focus(focusRule, topics, handlers) : null),
    [mode, client, focusRule, topics],
  );

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Previews the rules in the editor, including edits not saved yet. Nothing is sent to Akamai.
      </Text>
      <SegmentedControl
        aria-label="Preview mode"
        value={mode}
        onChange={(v) => onMode(v as PreviewMode)}
        data={[
          { value: 'access', label: 'Access check' },
          { value: 'matrix', label: 'Topic matrix' },
          { value: 'focus', label: 'Rule focus' },
        ]}
        w="fit-content"
      />
      {mode === 'access' ? (
        <AccessCheck rules={rules} initial={access} onChange={onAccess} onGoToRule={onGoToRule} />
      ) : (
        <>
          <SampleTopicsInput source={topicSource} onSource={onTopicSource} count={allTopics.length} duplicates={duplicates} rules={rules} />
          <Divider />
          {mode === 'matrix' ? (
            <TopicMatrix start={startMatrix} rules={rules} onFocusRule={onFocusRule} />
          ) : (
            <RuleFocus rules={rules} ruleIndex={ruleIndex} onRule={onRule} start={startFocus} topicCount={topics.length} />
          )}
        </>
      )}
    </Stack>
  );
}
