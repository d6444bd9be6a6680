import { Button, Group, NativeSelect } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The filter bar of every list page: its search boxes and selects side by side, and
 * "Clear filters" once something narrows the list (the list's empty state then says so).
 */
export function FilterBar({ filtered, onClear, label, children }: { filtered: boolean; onClear: () => void; /** Makes the bar a search landmark with this name. */ label?: string; children: ReactNode }) {
  return (
    <Group mb="md" align="flex-end" wrap="wrap" role={label ? 'search' : undefined} aria-label={label}>
      {children}
      {filtered ? (
        <Button variant="subtle" onClick={onClear}>
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}

export interface FilterSelectProps<V extends string> {
  label: string;
  value: V;
  /** The choices, in order. */
  values: readonly V[];
  /** What each choice reads as. */
  labelOf: (value: V) => string;
  onChange: (value: V) => void;
  w?: number;
}

/** A labelled select of a filter bar over a fixed set of values (a status, an order). */
export function FilterSelect<V extends string>({ label, value, values, labelOf, onChange, w }: FilterSelectProps<V>) {
  return (
    <NativeSelect
      label={label}
      data={values.map((v) => ({ value: v, label: labelOf(v) }))}
      value={value}
      // The options are `values`, so the chosen one is a V.
      onChange={(e) => onChange(e.currentTarget.value as V)}
      w={w}
    />
  );
}

/** The suggestions a filter box offers (`list={id}` on the box), e.g. the tags seen so far. */
export function FilterSuggestions({ id, values }: { id: string; values: readonly string[] }) {
  return (
    <datalist id={id}>
      {values.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  );
}
