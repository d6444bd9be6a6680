import { describe, expect, it } from 'vitest';
import { LiveSession, type WorkerLike } from './live-session';
import type { WorkerCommand, WorkerEvent } from './protocol';
import type { SubscriptionState } from './types';

/** A worker the test speaks for: it records commands and lets the test post events. */
function fakeWorker() {
  const commands: WorkerCommand[] = [];
  let listener: ((e: MessageEvent<WorkerEvent>) => void) | null = null;
  const worker: WorkerLike = {
    postMessage: (c) => commands.push(c),
    addEventListener: ((type: string, l: (e: MessageEvent<WorkerEvent>) => void) => {
      if (type === 'message') listener = l;
    }) as WorkerLike['addEventListener'],
  };
  const emit = (event: WorkerEvent) => listener?.({ data: event } as MessageEvent<WorkerEvent>);
  return { worker, commands, emit };
}

const state = (id: string, filter: string, patch: Partial<SubscriptionState>): SubscriptionState => ({ id, filter, qos: 1, color: 'teal', status: 'pending', grantedQos: null, reasonCode: null, reason: null, ...patch });

describe('LiveSession: adding a subscription is optimistic', () => {
  it('rolls back a subscription refused on its first SUBACK, and says why', () => {
    const w = fakeWorker();
    const session = new LiveSession(() => w.worker);
    session.subscribe({ id: 'a', filter: 'restricted/#', qos: 1, color: 'teal' });
    expect(session.subscriptions.get().map((s) => s.filter)).toEqual(['restricted/#']);
    w.emit({ type: 'subscriptions', subscriptions: [state('a', 'restricted/#', { status: 'failed', reasonCode: 0x87, reason: 'Not authorized' })] });
    expect(session.subscriptions.get()).toEqual([]);
    expect(session.refusal.get()).toMatchObject({ filter: 'restricted/#', qos: 1, color: 'teal', reasonCode: 0x87, reason: 'Not authorized' });
    expect(w.commands).toContainEqual({ type: 'unsubscribe', id: 'a' });
    // A late event from before the worker heard of the rollback does not bring it back.
    w.emit({ type: 'subscriptions', subscriptions: [state('a', 'restricted/#', { status: 'failed', reasonCode: 0x87 })] });
    expect(session.subscriptions.get()).toEqual([]);
    session.dismissRefusal();
    expect(session.refusal.get()).toBeNull();
  });

  it('keeps granted subscriptions, and restored ones refused later stay listed as refused', () => {
    const w = fakeWorker();
    const session = new LiveSession(() => w.worker);
    session.restoreOnce([{ id: 'old', filter: 'plant/#', qos: 0, color: 'blue' }]);
    session.subscribe({ id: 'new', filter: 'lab/#', qos: 1, color: 'teal' });
    w.emit({ type: 'subscriptions', subscriptions: [state('old', 'plant/#', { status: 'failed', reasonCode: 0x80, reason: 'Unspecified error' }), state('new', 'lab/#', { status: 'granted', grantedQos: 1 })] });
    expect(session.subscriptions.get().map((s) => `${s.filter} ${s.status}`)).toEqual(['plant/# failed', 'lab/# granted']);
    expect(session.refusal.get()).toBeNull();
    // Once granted, a later refusal (after a reconnect) is not a rollback either.
    w.emit({ type: 'subscriptions', subscriptions: [state('new', 'lab/#', { status: 'failed', reasonCode: 0x80 })] });
    expect(session.subscriptions.get().map((s) => s.filter)).toEqual(['lab/#']);
    expect(session.refusal.get()).toBeNull();
  });
});
