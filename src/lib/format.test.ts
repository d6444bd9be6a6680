import { describe, expect, it } from 'vitest';
import { daysUntil, formatBytes, formatDuration, formatInteger } from './format';

describe('format', () => {
  it('formats durations compactly', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(125_000)).toBe('2 min 05 s');
    expect(formatDuration(2 * 3600_000 + 5 * 60_000)).toBe('2 h 05 min');
    expect(formatDuration(3 * 86400_000 + 4 * 3600_000)).toBe('3 d 4 h');
    expect(formatDuration(-1)).toBe('—');
  });
  it('formats bytes and integers, and tolerates garbage', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(Number.NaN)).toBe('—');
    expect(formatInteger(undefined)).toBe('—');
  });
  it('counts whole days until a date', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(daysUntil(new Date(now + 10.5 * 86400_000), now)).toBe(10);
    expect(daysUntil(new Date(now - 1), now)).toBe(-1);
    expect(daysUntil('not a date', now)).toBeNull();
  });
});
