import { describe, expect, it } from 'vitest';
import { createPreviewHost, SLICE_MAX_ITEMS, type PreviewResponse } from './host';

function harness() {
  const messages: PreviewResponse[] = [];
  let notify: (() => void) | null = null;
  const host = createPreviewHost((m) => {
    messages.push(m);
    notify?.();
  });
  const next = (predicate: (m: PreviewResponse) => boolean) =>
    new Promise<PreviewResponse>((resolve) => {
      const check = () => {
        const found = messages.find(predicate);
        if (found) {
          messages.splice(messages.indexOf(found), 1);
          notify = null;
          resolve(found);
        }
      };
      notify = check;
      check();
    });
  return { host, next, messages };
}

const topics = Array.from({ length: SLICE_MAX_ITEMS * 2 + 10 }, (_, i) => `site/${i}/t`);

describe('preview host', () => {
  it('lints on request', async () => {
    const { host, next } = harness();
    host({ kind: 'lint', id: 1, rules: [{ topicFilter: 'a/#/b', publishers: ['p'] }] });
    const reply = await next((m) => m.kind === 'lint');
    expect(reply.kind === 'lint' && reply.findings.map((f) => f.code)).toEqual(['invalid-filter']);
  });

  it('streams the matrix in slices, one more each time the page acknowledges', async () => {
    const { host, next, messages } = harness();
    host({ kind: 'matrix', id: 2, rules: [{ topicFilter: 'site/+/t', publishers: ['ops'] }], topics });
    const first = await next((m) => m.kind === 'matrix-chunk');
    expect(first).toMatchObject({ kind: 'matrix-chunk', id: 2, batch: 1 });
    await new Promise((r) => setTimeout(r, 20));
    // Nothing more until the first slice is acknowledged.
    expect(messages).toHaveLength(0);
    let chunks = 1;
    let done: PreviewResponse | undefined;
    while (!done) {
      host({ kind: 'ack', id: 2 });
      const m = await next((x) => x.id === 2);
      if (m.kind === 'matrix-done') done = m;
      else chunks++;
    }
    expect(chunks).toBeGreaterThanOrEqual(3);
    expect(done).toMatchObject({ total: topics.length, batches: chunks });
  });

  it('drops a job superseded by a newer one, and a cancelled one', async () => {
    const { host, next, messages } = harness();
    host({ kind: 'focus', id: 3, rule: { topicFilter: 'site/#' }, topics });
    await next((m) => m.kind === 'focus-chunk' && m.id === 3);
    host({ kind: 'focus', id: 4, rule: { topicFilter: 'site/1/#' }, topics: ['site/1/t', 'site/2/t'] });
    const chunk = await next((m) => m.kind === 'focus-chunk' && m.id === 4);
    expect(chunk.kind === 'focus-chunk' && chunk.items.map((i) => i.topic)).toEqual(['site/1/t']);
    host({ kind: 'ack', id: 4 });
    await next((m) => m.kind === 'focus-done' && m.id === 4);
    host({ kind: 'cancel', id: 3 });
    await new Promise((r) => setTimeout(r, 20));
    expect(messages.filter((m) => m.id === 3)).toEqual([]);
  });
});
