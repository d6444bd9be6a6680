import { describe, expect, it } from 'vitest';
import { durationToMs, formatDurationMs, formatWireDuration, msToDuration } from './duration';

describe('wire durations', () => {
  it('reads protobuf and Go forms', () => {
    expect(durationToMs('5s')).toBe(5000);
    expect(durationToMs('0.500s')).toBe(500);
    expect(durationToMs('1.000000001s')).toBe(1000);
    expect(durationToMs('250ms')).toBe(250);
    expect(durationToMs('1m30s')).toBe(90_000);
    expect(durationToMs('1h')).toBe(3_600_000);
    expect(durationToMs(' 3s ')).toBe(3000);
  });

  it('returns null for absent or unreadable values', () => {
    expect(durationToMs(undefined)).toBeNull();
    expect(durationToMs(null)).toBeNull();
    expect(durationToMs('')).toBeNull();
    expect(durationToMs('5')).toBeNull();
    expect(durationToMs('5 seconds')).toBeNull();
    expect(durationToMs('s')).toBeNull();
  });

  it('writes seconds with at most millisecond precision', () => {
    expect(msToDuration(5000)).toBe('5s');
    expect(msToDuration(2500)).toBe('2.5s');
    expect(msToDuration(1)).toBe('0.001s');
    expect(msToDuration(0)).toBe('0s');
    expect(msToDuration(-4)).toBe('0s');
    for (const ms of [0, 1, 999, 1000, 1234, 3_600_000]) expect(durationToMs(msToDuration(ms))).toBe(ms);
  });

  it('formats for people', () => {
    expect(formatDurationMs(250)).toBe('250 ms');
    expect(formatDurationMs(5000)).toBe('5 s');
    expect(formatDurationMs(90_000)).toBe('1 min 30 s');
    expect(formatDurationMs(3_600_000)).toBe('1 h');
    expect(formatWireDuration(undefined)).toBe('—');
  });
});
