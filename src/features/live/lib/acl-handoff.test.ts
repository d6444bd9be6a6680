import { describe, expect, it } from 'vitest';
import { configurationPreviewHref, liveHandoff } from './acl-handoff';

describe('the live viewer hand-off to an ACL preview', () => {
  it('opens the configuration page on the topic matrix', () => {
    expect(configurationPreviewHref('acme fleet', 'eu')).toBe('/namespaces/acme%20fleet/configurations/eu?tab=preview&mode=matrix');
  });

  it('passes the topics as they come, and the identity only when there is one', () => {
    expect(liveHandoff(['a', 'b'], { clientId: 'console-1', username: 'ops' }, 'ws://127.0.0.1:9001')).toEqual({
      topics: ['a', 'b'],
      clientId: 'console-1',
      username: 'ops',
      source: 'ws://127.0.0.1:9001',
    });
    expect(liveHandoff([], { clientId: 'console-1', username: '' }, null)).toEqual({ topics: [], clientId: 'console-1', username: undefined, source: 'the live viewer' });
    expect(liveHandoff([], null, null).clientId).toBeUndefined();
  });
});
