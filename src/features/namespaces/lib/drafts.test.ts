import { describe, expect, it, vi } from 'vitest';
import { clearDraft, loadDraft, rulesFingerprint, saveDraft } from './drafts';
import { findVersionSnapshot, forgetVersionSnapshots, rememberVersionSnapshot, versionsWithSnapshots } from '../../../api/akamai/version-snapshots';

const rules = [{ topicFilter: 'a/%c', publishers: ['*'], subscribers: [] }];

describe('local drafts', () => {
  it('are kept per configuration under iotc.draft.', () => {
    saveDraft('ns', 'eu', { rules, savedAt: 1, base: rulesFingerprint([]) });
    expect(localStorage.getItem('iotc.draft.akamai.ns.eu')).toContain('a/%c');
    expect(loadDraft('ns', 'eu')?.rules).toEqual(rules);
    expect(loadDraft('ns', 'na')).toBeNull();
    clearDraft('ns', 'eu');
    expect(loadDraft('ns', 'eu')).toBeNull();
  });

  it('ignore a corrupt draft', () => {
    localStorage.setItem('iotc.draft.akamai.ns.eu', '{"rules": 3}');
    expect(loadDraft('ns', 'eu')).toBeNull();
  });

  it('fingerprint rules by content', () => {
    expect(rulesFingerprint(rules)).toBe(rulesFingerprint([{ ...rules[0]! }]));
    expect(rulesFingerprint(rules)).not.toBe(rulesFingerprint([{ ...rules[0]!, subscribers: ['s'] }]));
  });
});

describe('version snapshots', () => {
  it('belong to the version created around the time they were taken', () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_000_000_000);
    rememberVersionSnapshot('ns', 'eu', '3', rules);
    expect(findVersionSnapshot('ns', 'eu', '3', 1_000_000_500)).toEqual(rules);
    expect(findVersionSnapshot('ns', 'eu', '3', undefined)).toEqual(rules);
    // A version 3 created much later belongs to a configuration deleted and created again.
    expect(findVersionSnapshot('ns', 'eu', '3', 1_000_000_000 + 86_400_000)).toBeNull();
    forgetVersionSnapshots('ns', 'eu');
    expect(findVersionSnapshot('ns', 'eu', '3', undefined)).toBeNull();
  });

  it('tell which listed versions were created from this browser', () => {
    vi.spyOn(Date, 'now').mockReturnValue(2_000_000_000);
    rememberVersionSnapshot('ns', 'jp', '2', rules);
    const listed = [
      { version: '1', createdAt: 1_000 },
      { version: '2', createdAt: 2_000_000_100 },
    ];
    expect(versionsWithSnapshots('ns', 'jp', listed)).toEqual([listed[1]]);
    expect(versionsWithSnapshots('other', 'jp', listed)).toEqual([]);
  });
});
