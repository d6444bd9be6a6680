import { describe, expect, it } from 'vitest';
import { EMPTY_ACCESS, hasAccessInputs, readPreviewInputs, withHandoff, writePreviewInputs, type PreviewInputs } from './preview-inputs';

const handoff = (topics: string[], createdAt = 1000) => ({ topics, clientId: 'dev-7', username: 'driver-7', source: 'ws://127.0.0.1:9001', createdAt });

describe('preview inputs kept per configuration', () => {
  it('keeps each configuration’s inputs apart, in sessionStorage', () => {
    writePreviewInputs('acme-fleet', 'eu', { access: { ...EMPTY_ACCESS, topic: 'fleet/a/status', client: 'a' } });
    writePreviewInputs('acme-fleet', 'jp', { topics: { kind: 'text', text: 'x/y' } });
    expect(readPreviewInputs('acme-fleet', 'eu').access).toEqual({ ...EMPTY_ACCESS, topic: 'fleet/a/status', client: 'a' });
    expect(readPreviewInputs('acme-fleet', 'eu').topics).toEqual({ kind: 'text', text: '' });
    expect(readPreviewInputs('acme-fleet', 'jp').topics).toEqual({ kind: 'text', text: 'x/y' });
    const stored = JSON.parse(sessionStorage.getItem('iotc.acl-preview.v1:acme-fleet/eu') ?? '{}') as PreviewInputs;
    expect(stored.access.topic).toBe('fleet/a/status');
  });

  it('reads malformed stored values as empty inputs', () => {
    sessionStorage.setItem('iotc.acl-preview.v1:broken/eu', '{"access":{"topic":7,"action":"delete"},"topics":{"kind":"list"}}');
    expect(readPreviewInputs('broken', 'eu')).toEqual({ access: EMPTY_ACCESS, topics: { kind: 'text', text: '' }, handoffApplied: null });
    sessionStorage.setItem('iotc.acl-preview.v1:garbage/eu', 'not json');
    expect(readPreviewInputs('garbage', 'eu').access).toEqual(EMPTY_ACCESS);
  });

  it('tells a link that carries an access check from one that does not', () => {
    expect(hasAccessInputs(EMPTY_ACCESS)).toBe(false);
    expect(hasAccessInputs({ ...EMPTY_ACCESS, groups: 'ops' })).toBe(true);
    expect(hasAccessInputs({ ...EMPTY_ACCESS, action: 'subscribe' })).toBe(true);
  });
});

describe('withHandoff', () => {
  const inputs: PreviewInputs = { access: { ...EMPTY_ACCESS, topic: 't', client: 'old', user: 'old-user' }, topics: { kind: 'text', text: 'a' }, handoffApplied: null };

  it('puts the live topics in the matrix and the live identity in the access check', () => {
    const applied = withHandoff(inputs, handoff(['fleet/1/t', 'fleet/2/t']));
    expect(applied).toEqual({ access: { ...EMPTY_ACCESS, topic: 't', client: 'dev-7', user: 'driver-7' }, topics: { kind: 'text', text: 'fleet/1/t\nfleet/2/t' }, handoffApplied: 1000 });
  });

  it('keeps a long list out of the text box and says where it came from', () => {
    const topics = Array.from({ length: 1500 }, (_, i) => `t/${i}`);
    expect(withHandoff(inputs, handoff(topics))?.topics).toMatchObject({ kind: 'list', lines: 1500, origin: 'from ws://127.0.0.1:9001' });
  });

  it('applies a hand-off once, and keeps the identity typed when the live connection had none', () => {
    expect(withHandoff(inputs, null)).toBeNull();
    expect(withHandoff({ ...inputs, handoffApplied: 1000 }, handoff(['a']))).toBeNull();
    expect(withHandoff(inputs, { topics: ['a'], source: 'ws://x', createdAt: 5 })?.access).toMatchObject({ client: 'old', user: 'old-user' });
  });
});
