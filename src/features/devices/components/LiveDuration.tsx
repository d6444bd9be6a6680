import { formatDuration } from '../../../lib/format';
import { useNow } from '../lib/use-now';

/**
 * A connection duration that ticks every second on the shared clock: the
 * server's figure at `receivedAt`, plus the time since.
 */
export function LiveDuration({ secs, receivedAt }: { secs: number | null | undefined; receivedAt: number }) {
  if (secs === null || secs === undefined) return <>—</>;
  return <Ticking secs={secs} receivedAt={receivedAt} />;
}

function Ticking({ secs, receivedAt }: { secs: number; receivedAt: number }) {
  const now = useNow();
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatDuration(secs * 1000 + Math.max(0, now - receivedAt))}</span>;
}
