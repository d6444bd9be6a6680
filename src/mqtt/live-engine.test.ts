import { describe, expect, it } from 'vitest';
import { LiveEngine, type IncomingMessage } from './live-engine';
import type { FrameRequest, SubscriptionSpec } from './types';

const enc = new TextEncoder();
const msg = (topic: string, payload: string | Uint8Array, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({
  topic,
  payload: typeof payload === 'string' ? enc.encode(payload) : payload,
  qos: 0,
  retain: false,
  dup: false,
  ...extra,
});
const live = (over: Partial<FrameRequest> = {}): FrameRequest => ({ anchorSeq: null, start: 0, count: 50, expanded: [], ...over });
const sub = (id: string, filter: string, color = 'blue'): SubscriptionSpec => ({ id, filter, qos: 0, color });

describe('LiveEngine', () => {
  it('lists the newest message first and counts what it received', () => {
    const e = new LiveEngine(1000);
    for (let i = 0; i < 5; i++) e.ingest(msg(`a/${i}`, `p${i}`), 1000 + i);
    const f = e.frame(live(), 2000);
    expect(f.counters).toMatchObject({ received: 5, buffered: 5, dropped: 0, viewCount: 5, newerCount: 0, anchorSeq: 4 });
    expect(f.rows.map((r) => r.topic)).toEqual(['a/4', 'a/3', 'a/2', 'a/1', 'a/0']);
    expect(f.rows[0]).toMatchObject({ preview: 'p4', binary: false, size: 2, qos: 0, retain: false });
  });

  it('drops the oldest messages when full, and says how many', () => {
    const e = new LiveEngine(1000);
    for (let i = 0; i < 1500; i++) e.ingest(msg('t', String(i)), i);
    const f = e.frame(live({ start: 999, count: 5 }), 2000);
    expect(f.counters).toMatchObject({ received: 1500, buffered: 1000, dropped: 500, viewCount: 1000 });
    expect(f.rows.map((r) => r.preview)).toEqual(['500']);
  });

  it('drops messages to stay within the payload byte budget', () => {
    const e = new LiveEngine(1000, 1000);
    for (let i = 0; i < 10; i++) e.ingest(msg('big', new Uint8Array(300)), i);
    const c = e.frame(live(), 0).counters;
    expect(c.bufferedBytes).toBeLessThanOrEqual(1000);
    expect(c.buffered).toBe(3);
    expect(c.dropped).toBe(7);
  });

  it('holds the list at an anchor and counts what arrived above it', () => {
    const e = new LiveEngine(1000);
    for (let i = 0; i < 3; i++) e.ingest(msg('t', `old${i}`), i);
    const anchor = e.frame(live(), 0).counters.anchorSeq;
    for (let i = 0; i < 4; i++) e.ingest(msg('t', `new${i}`), 10 + i);
    const f = e.frame(live({ anchorSeq: anchor }), 20);
    expect(f.counters).toMatchObject({ viewCount: 3, newerCount: 4 });
    expect(f.rows.map((r) => r.preview)).toEqual(['old2', 'old1', 'old0']);
  });

  it('filters the view by topic filter and payload text, including messages that arrive later', () => {
    const e = new LiveEngine(1000);
    e.ingest(msg('devices/a/status', 'online'), 1);
    e.ingest(msg('devices/a/telemetry', '{"t":1}'), 2);
    e.ingest(msg('devices/b/status', 'offline'), 3);
    e.setView({ filter: 'devices/+/status', text: '', subscriptionId: null });
    expect(e.frame(live(), 4).rows.map((r) => r.topic)).toEqual(['devices/b/status', 'devices/a/status']);
    e.ingest(msg('devices/c/status', 'ONLINE'), 5);
    e.ingest(msg('devices/c/events', 'online'), 6);
    expect(e.frame(live(), 7).counters.viewCount).toBe(3);
    e.setView({ filter: 'devices/+/status', text: 'online', subscriptionId: null });
    expect(e.frame(live(), 8).rows.map((r) => r.topic)).toEqual(['devices/c/status', 'devices/a/status']);
    // An invalid filter is ignored, never applied.
    e.setView({ filter: 'devices/#/x', text: '', subscriptionId: null });
    expect(e.frame(live(), 9).counters.viewCount).toBe(2);
  });

  it('filters by subscription and colours rows by the first matching subscription', () => {
    const e = new LiveEngine(1000);
    e.setSubscriptions([sub('s1', 'devices/+/status', 'teal'), sub('s2', 'devices/#', 'grape')]);
    e.ingest(msg('devices/a/status', 'online'), 1);
    e.ingest(msg('devices/a/telemetry', '{}'), 2);
    const rows = e.frame(live(), 3).rows;
    expect(rows.map((r) => r.color)).toEqual(['grape', 'teal']);
    e.setView({ filter: '', text: '', subscriptionId: 's1' });
    expect(e.frame(live(), 4).rows.map((r) => r.topic)).toEqual(['devices/a/status']);
    expect(e.message(0)?.subscriptions).toEqual(['devices/+/status', 'devices/#']);
  });

  it('rates overall and per subscription per second', () => {
    const e = new LiveEngine(1000);
    e.setSubscriptions([sub('s1', 'a/#')]);
    for (let i = 0; i < 7; i++) e.ingest(msg('a/x', '1'), 5_000 + i);
    for (let i = 0; i < 3; i++) e.ingest(msg('b/x', '1'), 5_500 + i);
    const f = e.frame(live(), 6_100);
    expect(f.rates.overall.current).toBe(10);
    expect(f.rates.overall.history).toHaveLength(60);
    expect(f.rates.bySubscription.s1?.current).toBe(7);
  });

  it('builds the topic tree with counts, last values and expansion', () => {
    const e = new LiveEngine(1000);
    e.ingest(msg('devices/a/status', 'online'), 1);
    e.ingest(msg('devices/a/status', 'offline'), 2);
    e.ingest(msg('devices/b/blob', new Uint8Array([0xff, 0x00])), 3);
    const top = e.frame(live(), 10).tree;
    expect(top?.rows).toEqual([expect.objectContaining({ path: 'devices', count: 3, childCount: 2, depth: 0, expanded: false })]);
    expect(top?.topics).toBe(2);
    const open = e.frame(live({ expanded: ['devices', 'devices/a'] }), 11).tree?.rows ?? [];
    expect(open.map((r) => [r.path, r.depth, r.count, r.lastValue])).toEqual([
      ['devices', 0, 3, null],
      ['devices/a', 1, 2, null],
      ['devices/a/status', 2, 2, 'offline'],
      ['devices/b', 1, 1, null],
    ]);
  });

  it('returns a full message with its properties, and null once it is dropped', () => {
    const e = new LiveEngine(1000);
    e.ingest(msg('x', 'hello', { qos: 1, retain: true, properties: { contentType: 'text/plain', userProperties: [{ key: 'k', value: 'v' }] } }), 42);
    expect(e.message(0)).toMatchObject({ topic: 'x', qos: 1, retain: true, time: 42, properties: { contentType: 'text/plain' } });
    for (let i = 0; i < 1000; i++) e.ingest(msg('y', ''), 50);
    expect(e.message(0)).toBeNull();
  });

  it('clears everything and keeps working', () => {
    const e = new LiveEngine(1000);
    e.setView({ filter: 'a/#', text: '', subscriptionId: null });
    for (let i = 0; i < 5; i++) e.ingest(msg('a/b', 'x'), i);
    e.clear();
    expect(e.frame(live(), 10).counters).toMatchObject({ received: 0, buffered: 0, viewCount: 0, dropped: 0 });
    e.ingest(msg('a/c', 'y'), 11);
    expect(e.frame(live(), 12).rows.map((r) => r.topic)).toEqual(['a/c']);
  });

  it('resizes the buffer keeping the newest messages', () => {
    const e = new LiveEngine(2000);
    for (let i = 0; i < 1500; i++) e.ingest(msg('t', String(i)), i);
    e.setCapacity(1000);
    const f = e.frame(live({ count: 1 }), 0);
    expect(f.counters).toMatchObject({ capacity: 1000, buffered: 1000, dropped: 500 });
    expect(f.rows[0]?.preview).toBe('1499');
  });

  it('exports NDJSON: text as text, binary as base64, the view or everything', async () => {
    const e = new LiveEngine(1000);
    e.ingest(msg('a/1', '{"n":1}'), Date.UTC(2026, 0, 1));
    e.ingest(msg('b/1', new Uint8Array([0xc3, 0x28])), Date.UTC(2026, 0, 1));
    e.setView({ filter: 'a/#', text: '', subscriptionId: null });
    const all = e.exportNdjson('all');
    const lines = (await all.blob.text()).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(all.count).toBe(2);
    expect(lines[0]).toEqual({ time: '2026-01-01T00:00:00.000Z', topic: 'a/1', qos: 0, retain: false, size: 7, payload: '{"n":1}' });
    expect(lines[1]).toMatchObject({ topic: 'b/1', payloadBase64: 'wyg=' });
    const view = e.exportNdjson('view');
    expect(view.count).toBe(1);
  });
});
