import { formatDateTime, formatRelative } from '../../../lib/format';

/** A relative time ("5 minutes ago") with the exact time as its title and machine-readable value. */
export function TimeText({ value, relative = true }: { value: string | null | undefined; relative?: boolean }) {
  if (!value) return <>—</>;
  const absolute = formatDateTime(value);
  return (
    <time dateTime={value} title={absolute}>
      {relative ? formatRelative(value) : absolute}
    </time>
  );
}
