import { describe, expect, it } from 'vitest';
import { paceLine } from './pace-line';

describe('paceLine', () => {
  it('says how many requests run at a time, and the rate limits met', () => {
    expect(paceLine({ limit: 6, rateLimited: 0, backingOff: 0 }, true)).toBe('6 requests at a time.');
    expect(paceLine({ limit: 1, rateLimited: 1, backingOff: 1 }, true)).toBe('1 request at a time. The API rate-limited 1 request; 1 waiting to be asked again.');
    expect(paceLine({ limit: 12, rateLimited: 1200, backingOff: 0 }, false)).toBe('The API rate-limited 1,200 requests; each was asked again after a pause.');
    expect(paceLine({ limit: 12, rateLimited: 0, backingOff: 0 }, false)).toBe('');
  });
});
