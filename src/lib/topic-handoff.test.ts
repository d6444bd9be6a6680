import { afterEach, describe, expect, it, vi } from 'vitest';

describe('topic hand-off', () => {
  afterEach(() => vi.resetModules());

  it('keeps what the live viewer handed over, for this tab only, and caps the topics', async () => {
    const store = await import('./topic-handoff');
    expect(store.readTopicHandoff()).toBeNull();
    const topics = Array.from({ length: store.MAX_HANDOFF_TOPICS + 5 }, (_, i) => `devices/d${i}/telemetry`);
    store.handOffTopics({ topics, clientId: 'console-1', username: 'ops', source: 'ws://127.0.0.1:9001' });
    expect(store.readTopicHandoff()?.topics).toHaveLength(store.MAX_HANDOFF_TOPICS);
    // A reload of the target page (a fresh module) reads it back from sessionStorage.
    vi.resetModules();
    const reloaded = await import('./topic-handoff');
    expect(reloaded.readTopicHandoff()).toMatchObject({ clientId: 'console-1', username: 'ops', source: 'ws://127.0.0.1:9001' });
    reloaded.clearTopicHandoff();
    expect(reloaded.readTopicHandoff()).toBeNull();
    expect(globalThis.sessionStorage.getItem('iotc.topic-handoff.v1')).toBeNull();
  });

  it('ignores a stored value that is not a hand-off', async () => {
    globalThis.sessionStorage.setItem('iotc.topic-handoff.v1', JSON.stringify({ topics: 'nope' }));
    const store = await import('./topic-handoff');
    expect(store.readTopicHandoff()).toBeNull();
  });

  it('sends the user to the configuration with its topic matrix open', async () => {
    const store = await import('./topic-handoff');
    expect(store.topicHandoffTarget('acme fleet', 'eu')).toBe('/namespaces/acme%20fleet/configurations/eu?tab=preview&mode=matrix');
  });
});
