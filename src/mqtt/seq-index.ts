/**
 * An ascending list of sequence numbers (the messages a filtered view shows),
 * appended at the end and trimmed at the start as the buffer drops messages.
 * Float64 so sequence numbers stay exact past 2^31.
 */
export class SeqIndex {
  private items = new Float64Array(1024);
  private start = 0;
  private end = 0;

  get length(): number {
    return this.end - this.start;
  }

  push(seq: number): void {
    if (this.end === this.items.length) this.makeRoom();
    this.items[this.end++] = seq;
  }

  private makeRoom(): void {
    const length = this.length;
    if (this.start > 0 && length < this.items.length / 2) {
      this.items.copyWithin(0, this.start, this.end);
    } else {
      const bigger = new Float64Array(this.items.length * 2);
      bigger.set(this.items.subarray(this.start, this.end));
      this.items = bigger;
    }
    this.start = 0;
    this.end = length;
  }

  /** Drops every seq below `tailSeq` (messages no longer in the buffer). */
  trimBelow(tailSeq: number): void {
    while (this.start < this.end && (this.items[this.start] as number) < tailSeq) this.start++;
  }

  clear(): void {
    this.start = this.end = 0;
  }

  /** i-th item, 0 = oldest. */
  at(i: number): number {
    return this.items[this.start + i] as number;
  }

  /** How many items are <= seq. */
  countAtOrBelow(seq: number): number {
    let lo = this.start;
    let hi = this.end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.items[mid] as number) <= seq) lo = mid + 1;
      else hi = mid;
    }
    return lo - this.start;
  }
}
