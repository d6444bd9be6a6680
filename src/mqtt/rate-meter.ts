import type { RateSeries } from './types';

export const RATE_WINDOW_SECONDS = 60;

/** Counts per wall-clock second over the last minute. O(1) per message. */
export class RateMeter {
  private readonly buckets = new Float64Array(RATE_WINDOW_SECONDS + 1);
  private second = -1;

  add(nowMs: number, n = 1): void {
    const s = Math.floor(nowMs / 1000);
    if (s !== this.second) this.advance(s);
    this.buckets[s % this.buckets.length] = (this.buckets[s % this.buckets.length] as number) + n;
  }

  private advance(s: number): void {
    if (this.second < 0 || s - this.second > this.buckets.length) this.buckets.fill(0);
    else for (let t = this.second + 1; t <= s; t++) this.buckets[t % this.buckets.length] = 0;
    this.second = s;
  }

  /** The last complete seconds, oldest first; the current (partial) second is left out. */
  series(nowMs: number): RateSeries {
    const s = Math.floor(nowMs / 1000);
    if (s !== this.second) this.advance(s);
    const history = new Array<number>(RATE_WINDOW_SECONDS);
    for (let i = 0; i < RATE_WINDOW_SECONDS; i++) {
      const t = s - RATE_WINDOW_SECONDS + i;
      history[i] = t < 0 ? 0 : (this.buckets[t % this.buckets.length] as number);
    }
    return { current: history[RATE_WINDOW_SECONDS - 1] as number, history };
  }

  reset(): void {
    this.buckets.fill(0);
    this.second = -1;
  }
}
