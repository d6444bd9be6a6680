import { Badge, Loader, type MantineColor } from '@mantine/core';

export interface StatusBadgeProps {
  /** What the status reads as, e.g. "Ready". */
  label: string;
  color: MantineColor;
  /** The resource is changing (enabling, migrating): a spinner says it is under way. */
  transient?: boolean;
}

/**
 * A resource's status as a light badge named "Status: <label>". Each area feeds it from its own
 * label and colour maps (see HubStatusBadge).
 */
export function StatusBadge({ label, color, transient = false }: StatusBadgeProps) {
  return (
    <Badge color={color} variant="light" leftSection={transient ? <Loader size={10} color={color} aria-hidden /> : undefined} aria-label={`Status: ${label}`}>
      {label}
    </Badge>
  );
}
