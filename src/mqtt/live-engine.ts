import { createTopicMatcher, isValidTopicFilter, type TopicMatcher } from '../acl/topic';
import { MessageStore, DEFAULT_CAPACITY, MAX_CAPACITY, MIN_CAPACITY } from './message-store';
import { toNdjsonLine } from './ndjson';
import { payloadContains, payloadPreview } from './payload';
import { RateMeter } from './rate-meter';
import { SeqIndex } from './seq-index';
import { TopicTree } from './topic-tree';
import type { ExportScope, Frame, FrameRequest, FullMessage, MessageRow, PublishProperties, QoS, RateSeries, SubscriptionSpec, ViewSpec } from './types';

const TREE_INTERVAL_MS = 500;
const MAX_ROWS_PER_FRAME = 500;
/** Caches keyed by topic are dropped past this size (a stream of unique topics must not grow memory). */
const TOPIC_CACHE_LIMIT = 100_000;

export interface IncomingMessage {
  topic: string;
  payload: Uint8Array;
  qos: QoS;
  retain: boolean;
  dup: boolean;
  properties?: PublishProperties;
}

/**
 * Everything the live panel knows about received messages: the bounded buffer,
 * the filtered view, the topic tree and the rate meters. Pure and synchronous;
 * it runs in the MQTT worker, off the page's main thread.
 */
export class LiveEngine {
  readonly store: MessageStore;
  received = 0;
  private readonly tree = new TopicTree();
  private readonly overall = new RateMeter();
  private subscriptions: SubscriptionSpec[] = [];
  private subRates = new Map<string, RateMeter>();
  private subMatcher: TopicMatcher = createTopicMatcher([]);
  /** topic -> index of the first matching subscription (-1 for none). */
  private subCache = new Map<string, number>();

  private view: ViewSpec = { filter: '', text: '', subscriptionId: null };
  private viewMatcher: TopicMatcher | null = null;
  private viewTopicCache = new Map<string, boolean>();
  private viewTextLower = '';
  private viewSubSlot = -1;
  /** Seqs in the view, when the view filters anything; null means every buffered message. */
  private viewIndex: SeqIndex | null = null;

  private lastTreeAt = -Infinity;
  private receivedAtLastTree = -1;
  private lastIngestAt = -Infinity;
  private lastTreeVersion = -1;
  private lastExpandedKey = '';

  constructor(capacity = DEFAULT_CAPACITY, maxBytes?: number) {
    this.store = new MessageStore(capacity, maxBytes);
  }

  ingest(m: IncomingMessage, now: number): void {
    this.received++;
    this.lastIngestAt = now;
    const slot = this.subscriptionSlot(m.topic);
    const seq = this.store.push(now, m.topic, m.payload, m.qos, m.retain, m.dup, slot, m.properties);
    this.overall.add(now);
    if (slot >= 0) this.subRates.get((this.subscriptions[slot] as SubscriptionSpec).id)?.add(now);
    this.tree.add(m.topic, m.payload, now);
    if (this.viewIndex && this.inView(m.topic, m.payload, slot)) this.viewIndex.push(seq);
  }

  private subscriptionSlot(topic: string): number {
    let slot = this.subCache.get(topic);
    if (slot === undefined) {
      slot = this.subMatcher.match(topic)[0] ?? -1;
      if (this.subCache.size >= TOPIC_CACHE_LIMIT) this.subCache.clear();
      this.subCache.set(topic, slot);
    }
    return slot;
  }

  setSubscriptions(subscriptions: readonly SubscriptionSpec[]): void {
    const previous = new Map(this.subscriptions.map((s, i) => [s.id, i]));
    this.subscriptions = [...subscriptions];
    this.subMatcher = createTopicMatcher(this.subscriptions.map((s) => s.filter));
    this.subCache.clear();
    const rates = new Map<string, RateMeter>();
    for (const s of this.subscriptions) rates.set(s.id, this.subRates.get(s.id) ?? new RateMeter());
    this.subRates = rates;
    // Stored messages keep the slot they were given; the view by subscription is rebuilt from topics.
    if (this.view.subscriptionId && previous.get(this.view.subscriptionId) !== this.subscriptions.findIndex((s) => s.id === this.view.subscriptionId)) {
      this.setView(this.view);
    }
  }

  private inView(topic: string, payload: Uint8Array, slot: number): boolean {
    if (this.viewSubSlot >= 0 && slot !== this.viewSubSlot) return false;
    if (this.viewMatcher) {
      let ok = this.viewTopicCache.get(topic);
      if (ok === undefined) {
        ok = this.viewMatcher.match(topic).length > 0;
        if (this.viewTopicCache.size >= TOPIC_CACHE_LIMIT) this.viewTopicCache.clear();
        this.viewTopicCache.set(topic, ok);
      }
      if (!ok) return false;
    }
    return payloadContains(payload, this.viewTextLower);
  }

  /** Applies a view filter and rebuilds its index from the buffer. An invalid filter is ignored. */
  setView(view: ViewSpec): void {
    const filter = view.filter.trim();
    if (filter && !isValidTopicFilter(filter)) return;
    this.view = { ...view, filter };
    this.viewMatcher = filter ? createTopicMatcher([filter]) : null;
    this.viewTopicCache.clear();
    this.viewTextLower = view.text.toLowerCase();
    this.viewSubSlot = view.subscriptionId ? this.subscriptions.findIndex((s) => s.id === view.subscriptionId) : -1;
    if (view.subscriptionId && this.viewSubSlot < 0) this.viewSubSlot = Number.MAX_SAFE_INTEGER; // gone: shows nothing
    const filtering = Boolean(this.viewMatcher || this.viewTextLower || view.subscriptionId);
    if (!filtering) {
      this.viewIndex = null;
      return;
    }
    const index = new SeqIndex();
    const s = this.store;
    for (let seq = s.tailSeq; seq < s.headSeq; seq++) {
      const slot = this.viewSubSlot === Number.MAX_SAFE_INTEGER ? -1 : this.subscriptionSlot(s.topic(seq));
      if (this.inView(s.topic(seq), s.payload(seq), slot)) index.push(seq);
    }
    this.viewIndex = index;
  }

  setCapacity(capacity: number): void {
    const c = Math.min(MAX_CAPACITY, Math.max(MIN_CAPACITY, Math.round(capacity)));
    this.store.resize(c);
    this.viewIndex?.trimBelow(this.store.tailSeq);
  }

  clear(): void {
    this.store.clear();
    this.received = 0;
    this.receivedAtLastTree = -1;
    this.tree.clear();
    this.overall.reset();
    for (const r of this.subRates.values()) r.reset();
    this.viewIndex?.clear();
  }

  /** Seq of the i-th newest view message at or below `anchor`, or -1. */
  private viewSeqAt(anchor: number, i: number, countAtAnchor: number): number {
    if (i >= countAtAnchor) return -1;
    if (this.viewIndex) return this.viewIndex.at(countAtAnchor - 1 - i);
    return anchor - i;
  }

  /** How many view messages are at or below `anchor`, and above it. */
  private viewCounts(anchor: number): { atOrBelow: number; total: number } {
    const s = this.store;
    if (this.viewIndex) {
      this.viewIndex.trimBelow(s.tailSeq);
      const total = this.viewIndex.length;
      return { atOrBelow: anchor >= s.headSeq - 1 ? total : this.viewIndex.countAtOrBelow(anchor), total };
    }
    const total = s.size;
    return { atOrBelow: Math.max(0, Math.min(anchor, s.headSeq - 1) - s.tailSeq + 1), total };
  }

  row(seq: number): MessageRow {
    const s = this.store;
    // From the current subscriptions (cached per topic): a removed subscription's colour goes with it.
    const slot = this.subscriptionSlot(s.topic(seq));
    const { preview, binary } = payloadPreview(s.payload(seq));
    return {
      seq,
      time: s.time(seq),
      topic: s.topic(seq),
      qos: s.qos(seq),
      retain: s.retain(seq),
      size: s.payload(seq).byteLength,
      preview,
      binary,
      color: slot >= 0 ? (this.subscriptions[slot]?.color ?? null) : null,
    };
  }

  frame(request: FrameRequest, now: number): Frame {
    const s = this.store;
    const anchor = request.anchorSeq ?? s.headSeq - 1;
    const { atOrBelow, total } = this.viewCounts(anchor);
    const rows: MessageRow[] = [];
    const count = Math.min(request.count, MAX_ROWS_PER_FRAME);
    for (let i = request.start; i < request.start + count; i++) {
      const seq = this.viewSeqAt(anchor, i, atOrBelow);
      if (seq < 0) break;
      rows.push(this.row(seq));
    }
    const bySubscription: Record<string, RateSeries> = {};
    for (const [id, meter] of this.subRates) bySubscription[id] = meter.series(now);
    const frame: Frame = {
      counters: {
        received: this.received,
        dropped: s.dropped,
        buffered: s.size,
        capacity: s.capacity,
        bufferedBytes: s.bytes,
        viewCount: atOrBelow,
        newerCount: total - atOrBelow,
        anchorSeq: s.size > 0 ? anchor : null,
      },
      rows,
      start: request.start,
      rates: { overall: this.overall.series(now), bySubscription },
    };
    const expandedKey = request.expanded.join('\n');
    const shapeChanged = expandedKey !== this.lastExpandedKey || this.tree.version !== this.lastTreeVersion;
    // Counts change with traffic, and rates fall to zero within two seconds of the last message.
    const valuesChanged = this.received !== this.receivedAtLastTree || now - this.lastIngestAt < 2500;
    if (shapeChanged || (valuesChanged && now - this.lastTreeAt >= TREE_INTERVAL_MS)) {
      this.lastTreeAt = now;
      this.receivedAtLastTree = this.received;
      this.lastTreeVersion = this.tree.version;
      this.lastExpandedKey = expandedKey;
      frame.tree = { rows: this.tree.rows(new Set(request.expanded), now), topics: this.tree.topicCount, truncated: this.tree.truncated };
    }
    return frame;
  }

  /** The topics seen in the session, most recent first (see TopicTree.recentTopics). */
  recentTopics(max: number): string[] {
    return this.tree.recentTopics(max);
  }

  message(seq: number): FullMessage | null {
    const s = this.store;
    if (!s.has(seq)) return null;
    const payload = s.payload(seq);
    const topic = s.topic(seq);
    const slot = this.subscriptionSlot(topic);
    return {
      seq,
      time: s.time(seq),
      topic,
      qos: s.qos(seq),
      retain: s.retain(seq),
      dup: s.dup(seq),
      size: payload.byteLength,
      payload: payload.slice(),
      properties: s.props(seq) ?? null,
      color: slot >= 0 ? (this.subscriptions[slot]?.color ?? null) : null,
      subscriptions: this.subMatcher.match(topic).map((i) => this.subscriptions[i]?.filter ?? ''),
    };
  }

  /** The buffer, or the filtered view, as NDJSON (one JSON object per line, oldest first). */
  exportNdjson(scope: ExportScope): { blob: Blob; count: number } {
    const s = this.store;
    const parts: string[] = [];
    let chunk = '';
    let count = 0;
    const add = (seq: number) => {
      chunk += toNdjsonLine({
        time: s.time(seq),
        topic: s.topic(seq),
        qos: s.qos(seq),
        retain: s.retain(seq),
        payload: s.payload(seq),
        properties: s.props(seq),
      });
      count++;
      if (chunk.length > 1 << 20) {
        parts.push(chunk);
        chunk = '';
      }
    };
    if (scope === 'view' && this.viewIndex) {
      this.viewIndex.trimBelow(s.tailSeq);
      for (let i = 0; i < this.viewIndex.length; i++) add(this.viewIndex.at(i));
    } else {
      for (let seq = s.tailSeq; seq < s.headSeq; seq++) add(seq);
    }
    parts.push(chunk);
    return { blob: new Blob(parts, { type: 'application/x-ndjson' }), count };
  }
}
