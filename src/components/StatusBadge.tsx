import { Badge, Loader } from '@mantine/core';

/**
 * A resource's status in a light badge of its colour; `busy` (a transient status: pending,
 * migrating…) adds a spinner. `name` is the accessible name when the label alone is ambiguous.
 */
export function StatusBadge({ label, color, busy = false, name }: { label: string; color: string; busy?: boolean; name?: string }) {
  return (
    <Badge color={color} variant="light" leftSection={busy ? <Loader size={10} color={color} aria-hidden /> : undefined} aria-label={name}>
      {label}
    </Badge>
  );
}
