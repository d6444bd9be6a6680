import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateEventsTopicPrefix, validateHubName } from './hub-validation';

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', '\u0000', '#', '+', '/'));

describe('hub validators never throw, on any input (property)', () => {
  it('hub name and events prefix', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const name = validateHubName(text);
        expect(name === null || typeof name === 'string').toBe(true);
        if (text.trim() !== '' && text.length <= 255) expect(name).toBeNull();
        const prefix = validateEventsTopicPrefix(text);
        if (/[+#]/.test(text)) expect(prefix).not.toBeNull();
      }),
    );
  });
});
