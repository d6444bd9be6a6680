import { describe, expect, it } from 'vitest';
import { certificateValidity, describeDaysRemaining } from './certificate-validity';

const now = Date.UTC(2026, 5, 1, 12);
const day = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();

describe('certificateValidity', () => {
  it('counts whole days remaining and classifies', () => {
    expect(certificateValidity({ status: 'ready', not_valid_before: iso(now - 10 * day), not_valid_after: iso(now + 80.5 * day) }, now)).toMatchObject({ health: 'valid', daysRemaining: 80 });
    expect(certificateValidity({ status: 'ready', not_valid_before: iso(now - 10 * day), not_valid_after: iso(now + 5.2 * day) }, now)).toMatchObject({ health: 'expiring', daysRemaining: 5 });
    expect(certificateValidity({ status: 'ready', not_valid_before: iso(now - 90 * day), not_valid_after: iso(now - 2.5 * day) }, now)).toMatchObject({ health: 'expired', daysRemaining: -3 });
    expect(certificateValidity({ status: 'ready', not_valid_before: iso(now + day), not_valid_after: iso(now + 90 * day) }, now)).toMatchObject({ health: 'not_yet_valid' });
  });

  it('lets the status win while pending or failed, and survives missing dates', () => {
    expect(certificateValidity({ status: 'pending', not_valid_before: null, not_valid_after: null }, now)).toEqual({ health: 'pending', daysRemaining: null, notValidBefore: null, notValidAfter: null });
    expect(certificateValidity({ status: 'error', not_valid_before: undefined, not_valid_after: 'garbage' }, now).health).toBe('error');
    expect(certificateValidity({ status: 'unknown', not_valid_before: null, not_valid_after: null }, now).health).toBe('unknown');
  });

  it('describes days remaining in words', () => {
    expect(describeDaysRemaining(12)).toBe('12 days left');
    expect(describeDaysRemaining(1)).toBe('1 day left');
    expect(describeDaysRemaining(0)).toBe('expires within a day');
    expect(describeDaysRemaining(-1)).toBe('expired 1 day ago');
    expect(describeDaysRemaining(-4)).toBe('expired 4 days ago');
    expect(describeDaysRemaining(null)).toBe('—');
  });
});
