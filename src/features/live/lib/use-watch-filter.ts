import { useCallback, useEffect, useRef } from 'react';
import { filterCovers } from '../../../acl/topic';
import type { LiveSession } from '../../../mqtt/live-session';
import type { SubscriptionState } from '../../../mqtt/types';
import { nextColor } from './colors';

/**
 * "Watch live": a view filter from a link (a device page's Watch live) is subscribed to by itself
 * once connected to a local broker, once per filter; elsewhere the page offers it. `filter` is the
 * settled, valid view filter ('' for none), never a prefix being typed.
 */
export function useWatchFilter({ session, filter, subscriptions, autoSubscribe }: { session: LiveSession; filter: string; subscriptions: SubscriptionState[]; autoSubscribe: boolean }) {
  const handled = useRef<string | null>(null);
  const covered = subscriptions.some((s) => filterCovers(s.filter, filter));
  const add = useCallback(() => {
    handled.current = filter;
    session.subscribe({ id: crypto.randomUUID(), filter, qos: 0, color: nextColor(session.subscriptions.get().map((s) => s.color)) });
  }, [session, filter]);
  useEffect(() => {
    if (autoSubscribe && filter && !covered && handled.current !== filter) add();
  }, [autoSubscribe, filter, covered, add]);
  return { watchFilter: filter, watchCovered: covered, addWatchSubscription: add };
}
