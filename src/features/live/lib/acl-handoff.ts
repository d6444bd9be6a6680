import type { ConnectOptions } from '../../../mqtt/types';
import type { TopicHandoff } from '../../../lib/topic-handoff';
import type { AkamaiJurisdiction } from '../../../api/akamai/types';

/**
 * The configuration page with the match preview open on the topic matrix, where the handed-off
 * topics are the sample topics (the namespaces area reads the hand-off and offers `tab`/`mode`).
 */
export function configurationPreviewHref(namespace: string, jurisdiction: AkamaiJurisdiction): string {
  return `/namespaces/${encodeURIComponent(namespace)}/configurations/${jurisdiction}?tab=preview&mode=matrix`;
}

/** What the live viewer hands to an ACL preview: the topics seen, and who the connection is. */
export function liveHandoff(topics: string[], connection: Pick<ConnectOptions, 'clientId' | 'username'> | null, brokerUrl: string | null): Omit<TopicHandoff, 'createdAt'> {
  return {
    topics,
    clientId: connection?.clientId || undefined,
    username: connection?.username || undefined,
    source: brokerUrl ?? 'the live viewer',
  };
}
