import type { PublishProperties, QoS } from './types';

/**
 * The bounded message buffer: a ring of columns indexed by sequence number.
 * Message n lives in slot n % capacity while tailSeq <= n < headSeq. When the
 * ring is full, or the payload bytes exceed their budget, the oldest messages
 * are dropped and counted. Columns in typed arrays keep 50,000 messages cheap
 * for the garbage collector: only topics, payloads and the rare properties
 * are objects.
 */
export const DEFAULT_CAPACITY = 50_000;
export const MIN_CAPACITY = 1_000;
export const MAX_CAPACITY = 500_000;
/** Payload bytes kept at most, whatever the message count (large payloads). */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

const RETAIN = 4;
const DUP = 8;

export class MessageStore {
  capacity: number;
  readonly maxBytes: number;
  headSeq = 0;
  tailSeq = 0;
  bytes = 0;
  dropped = 0;
  private times: Float64Array;
  private flags: Uint8Array;
  private subSlots: Int16Array;
  private topics: string[];
  private payloads: Array<Uint8Array | undefined>;
  private properties: Array<PublishProperties | undefined>;

  constructor(capacity = DEFAULT_CAPACITY, maxBytes = DEFAULT_MAX_BYTES) {
    this.capacity = capacity;
    this.maxBytes = maxBytes;
    this.times = new Float64Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.subSlots = new Int16Array(capacity);
    this.topics = new Array<string>(capacity);
    this.payloads = new Array<Uint8Array | undefined>(capacity);
    this.properties = new Array<PublishProperties | undefined>(capacity);
  }

  get size(): number {
    return this.headSeq - this.tailSeq;
  }

  has(seq: number): boolean {
    return seq >= this.tailSeq && seq < this.headSeq;
  }

  push(time: number, topic: string, payload: Uint8Array, qos: QoS, retain: boolean, dup: boolean, subSlot: number, properties: PublishProperties | undefined): number {
    if (this.size === this.capacity) this.evictOldest();
    const seq = this.headSeq++;
    const slot = seq % this.capacity;
    this.times[slot] = time;
    this.flags[slot] = qos | (retain ? RETAIN : 0) | (dup ? DUP : 0);
    this.subSlots[slot] = subSlot;
    this.topics[slot] = topic;
    this.payloads[slot] = payload;
    this.properties[slot] = properties;
    this.bytes += payload.byteLength;
    while (this.bytes > this.maxBytes && this.size > 1) this.evictOldest();
    return seq;
  }

  private evictOldest(): void {
    const slot = this.tailSeq % this.capacity;
    this.bytes -= this.payloads[slot]?.byteLength ?? 0;
    this.payloads[slot] = undefined;
    this.properties[slot] = undefined;
    this.tailSeq++;
    this.dropped++;
  }

  time(seq: number): number {
    return this.times[seq % this.capacity] as number;
  }
  topic(seq: number): string {
    return this.topics[seq % this.capacity] as string;
  }
  payload(seq: number): Uint8Array {
    return this.payloads[seq % this.capacity] as Uint8Array;
  }
  qos(seq: number): QoS {
    return ((this.flags[seq % this.capacity] as number) & 3) as QoS;
  }
  retain(seq: number): boolean {
    return ((this.flags[seq % this.capacity] as number) & RETAIN) !== 0;
  }
  dup(seq: number): boolean {
    return ((this.flags[seq % this.capacity] as number) & DUP) !== 0;
  }
  subSlot(seq: number): number {
    return this.subSlots[seq % this.capacity] as number;
  }
  props(seq: number): PublishProperties | undefined {
    return this.properties[seq % this.capacity];
  }

  /** Forgets every message; sequence numbers keep growing so old references stay invalid. */
  clear(): void {
    for (let seq = this.tailSeq; seq < this.headSeq; seq++) {
      const slot = seq % this.capacity;
      this.payloads[slot] = undefined;
      this.properties[slot] = undefined;
    }
    this.tailSeq = this.headSeq;
    this.bytes = 0;
    this.dropped = 0;
  }

  /** Resizes, keeping the newest messages that fit (the others count as dropped). */
  resize(capacity: number): void {
    if (capacity === this.capacity) return;
    const next = new MessageStore(capacity, this.maxBytes);
    const keepFrom = Math.max(this.tailSeq, this.headSeq - capacity);
    this.dropped += keepFrom - this.tailSeq;
    next.headSeq = next.tailSeq = keepFrom;
    next.dropped = this.dropped;
    for (let seq = keepFrom; seq < this.headSeq; seq++) {
      next.push(this.time(seq), this.topic(seq), this.payload(seq), this.qos(seq), this.retain(seq), this.dup(seq), this.subSlot(seq), this.props(seq));
    }
    next.dropped = this.dropped;
    Object.assign(this, {
      capacity,
      headSeq: next.headSeq,
      tailSeq: next.tailSeq,
      bytes: next.bytes,
      times: next.times,
      flags: next.flags,
      subSlots: next.subSlots,
      topics: next.topics,
      payloads: next.payloads,
      properties: next.properties,
    });
  }
}
