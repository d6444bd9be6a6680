import type { PoolProgress } from '../../../lib/adaptive-pool';
import { formatInteger } from '../../../lib/format';

const plural = (n: number, word: string) => `${formatInteger(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * How a scan or a bulk action meets the API's rate limit, in one line: the
 * requests in flight while it runs, the 429s met and what became of them.
 * Empty when there is nothing to say.
 */
export function paceLine(pace: Pick<PoolProgress, 'limit' | 'rateLimited' | 'backingOff'>, running: boolean): string {
  const limited = pace.rateLimited > 0 ? `The API rate-limited ${plural(pace.rateLimited, 'request')}` : '';
  if (!running) return limited ? `${limited}; each was asked again after a pause.` : '';
  const now = `${plural(pace.limit, 'request')} at a time`;
  if (!limited) return `${now}.`;
  return `${now}. ${limited}${pace.backingOff > 0 ? `; ${formatInteger(pace.backingOff)} waiting to be asked again` : ''}.`;
}
