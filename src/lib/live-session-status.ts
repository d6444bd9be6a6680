import { useSyncExternalStore } from 'react';
import { peekLiveSession } from '../mqtt/live-session';
import { isLocalBrokerUrl } from '../mqtt/settings';
import type { ConnectionState } from '../mqtt/types';

/** What a view outside the Live panel may show of this tab's live MQTT session. */
export interface LiveSessionSummary {
  state: ConnectionState;
  broker: string | null;
  local: boolean;
  /** Messages per second in the last complete second the panel measured, or null before any. */
  messageRate: number | null;
}

const noSubscribe = () => () => undefined;
const noValue = () => null;

/**
 * Read-only view of the live session (the overview's Live tile). Never starts a session: with
 * none open in this tab (the Live panel was not visited), it returns null.
 */
export function useLiveSessionSummary(): LiveSessionSummary | null {
  const session = peekLiveSession();
  const status = useSyncExternalStore(session?.status.subscribe ?? noSubscribe, session?.status.get ?? noValue);
  const frame = useSyncExternalStore(session?.frame.subscribe ?? noSubscribe, session?.frame.get ?? noValue);
  if (!status) return null;
  return { state: status.state, broker: status.url, local: isLocalBrokerUrl(status.url), messageRate: frame ? frame.rates.overall.current : null };
}
