import { useSyncExternalStore } from 'react';

/**
 * Topics seen in a live MQTT session, handed to an ACL preview ("Check these topics against an
 * ACL…"), with the identity of the live connection for the access check. Features do not import
 * each other, and thousands of topics do not belong in a URL: the live viewer writes here, the
 * namespace configuration page reads. Kept in sessionStorage too, so the hand-off survives a reload
 * of the target page in this tab (and never reaches another tab or the server).
 */
export interface TopicHandoff {
  topics: string[];
  /** The live connection's client ID and user name, for the access check. */
  clientId?: string;
  username?: string;
  /** Where the topics came from, for the page to say ("ws://127.0.0.1:9001, 1,234 topics"). */
  source: string;
  createdAt: number;
}

/**
 * Where the live viewer sends the user after a hand-off: the configuration page with its topic
 * matrix open (beside the rules on a wide screen, in the Match preview tab otherwise). The page
 * applies a hand-off it has not applied yet, says so in a notice, and clears it on dismiss.
 */
export function topicHandoffTarget(namespace: string, jurisdiction: string): string {
  return `/namespaces/${encodeURIComponent(namespace)}/configurations/${encodeURIComponent(jurisdiction)}?tab=preview&mode=matrix`;
}

/** More topics than the topic matrix can usefully show are cut here, most recent first kept by the caller. */
export const MAX_HANDOFF_TOPICS = 10_000;

const KEY = 'iotc.topic-handoff.v1';
let current: TopicHandoff | null | undefined;
const listeners = new Set<() => void>();

function load(): TopicHandoff | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<TopicHandoff>;
    if (!Array.isArray(parsed.topics) || typeof parsed.source !== 'string' || typeof parsed.createdAt !== 'number') return null;
    return {
      topics: parsed.topics.filter((t): t is string => typeof t === 'string').slice(0, MAX_HANDOFF_TOPICS),
      clientId: typeof parsed.clientId === 'string' ? parsed.clientId : undefined,
      username: typeof parsed.username === 'string' ? parsed.username : undefined,
      source: parsed.source,
      createdAt: parsed.createdAt,
    };
  } catch {
    return null;
  }
}

export function readTopicHandoff(): TopicHandoff | null {
  if (current === undefined) current = load();
  return current;
}

export function handOffTopics(handoff: Omit<TopicHandoff, 'createdAt'>): void {
  current = { ...handoff, topics: handoff.topics.slice(0, MAX_HANDOFF_TOPICS), createdAt: Date.now() };
  try {
    globalThis.sessionStorage?.setItem(KEY, JSON.stringify(current));
  } catch {
    // Storage full or unavailable: the hand-off still works within this page's lifetime.
  }
  listeners.forEach((l) => l());
}

export function clearTopicHandoff(): void {
  current = null;
  try {
    globalThis.sessionStorage?.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The pending hand-off, if any; updates when one is made or cleared. */
export function useTopicHandoff(): TopicHandoff | null {
  return useSyncExternalStore(subscribe, readTopicHandoff, () => null);
}
