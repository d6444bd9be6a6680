import { Code, Text } from '@mantine/core';

/**
 * The filter with the offending span marked: the level that breaks a rule, or the spot where
 * something is missing (an empty span is shown as a caret).
 */
export function HighlightedFilter({ filter, start, end }: { filter: string; start: number; end: number }) {
  const before = filter.slice(0, start);
  const bad = filter.slice(start, end);
  const after = filter.slice(end);
  return (
    <Code style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {before}
      {bad ? (
        <mark style={{ background: 'var(--mantine-color-red-2)', color: 'var(--mantine-color-red-9)', borderRadius: 2, textDecoration: 'underline wavy' }}>{bad}</mark>
      ) : (
        <mark aria-label="missing here" style={{ background: 'var(--mantine-color-red-6)', color: 'white', padding: '0 1px' }}>
          ‸
        </mark>
      )}
      {after}
    </Code>
  );
}

export function FilterProblem({ filter, levelIndex, start, end, reason, id }: { filter: string; levelIndex: number; start: number; end: number; reason: string; id: string }) {
  return (
    <div id={id}>
      <Text size="xs" c="red" component="div">
        Level {levelIndex + 1}: {reason}
      </Text>
      {filter ? <HighlightedFilter filter={filter} start={start} end={end} /> : null}
    </div>
  );
}
