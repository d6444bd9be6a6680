import type { AccessAction } from '../../../acl/access';
import type { TopicHandoff } from '../../../lib/topic-handoff';
import { topicSourceFromText, type TopicSource } from './SampleTopicsInput';

/** The access check's inputs; also in the URL (short values), so a check can be shared as a link. */
export interface AccessInputs {
  topic: string;
  client: string;
  user: string;
  groups: string;
  action: AccessAction;
}

/** What the match preview of one configuration was last given, kept for this tab. */
export interface PreviewInputs {
  access: AccessInputs;
  topics: TopicSource;
  /** `createdAt` of the live hand-off already applied here, so a reload does not apply it again over later edits. */
  handoffApplied: number | null;
}

export const EMPTY_ACCESS: AccessInputs = { topic: '', client: '', user: '', groups: '', action: 'publish' };
const EMPTY: PreviewInputs = { access: EMPTY_ACCESS, topics: { kind: 'text', text: '' }, handoffApplied: null };

/**
 * Per configuration (namespace + jurisdiction) in sessionStorage: the inputs survive switching
 * views, leaving the page and a reload, in this tab only. Sample topics can be thousands of
 * lines, so they never go in the URL. Cached in memory, so the page can read it while rendering.
 */
const PREFIX = 'iotc.acl-preview.v1:';
const cache = new Map<string, PreviewInputs>();

const storageKey = (namespace: string, jurisdiction: string) => `${PREFIX}${namespace}/${jurisdiction}`;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function parseAccess(value: unknown): AccessInputs {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return { topic: text(raw.topic), client: text(raw.client), user: text(raw.user), groups: text(raw.groups), action: raw.action === 'subscribe' ? 'subscribe' : 'publish' };
}

function parseTopics(value: unknown): TopicSource {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (raw.kind === 'list' && typeof raw.text === 'string' && typeof raw.lines === 'number') return { kind: 'list', text: raw.text, lines: raw.lines, origin: text(raw.origin) };
  return { kind: 'text', text: text(raw.text) };
}

function load(key: string): PreviewInputs {
  try {
    const raw = globalThis.sessionStorage?.getItem(key);
    if (!raw) return EMPTY;
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    return { access: parseAccess(parsed.access), topics: parseTopics(parsed.topics), handoffApplied: typeof parsed.handoffApplied === 'number' ? parsed.handoffApplied : null };
  } catch {
    return EMPTY;
  }
}

export function readPreviewInputs(namespace: string, jurisdiction: string): PreviewInputs {
  const key = storageKey(namespace, jurisdiction);
  let found = cache.get(key);
  if (!found) {
    found = load(key);
    cache.set(key, found);
  }
  return found;
}

export function writePreviewInputs(namespace: string, jurisdiction: string, patch: Partial<PreviewInputs>): PreviewInputs {
  const key = storageKey(namespace, jurisdiction);
  const next = { ...readPreviewInputs(namespace, jurisdiction), ...patch };
  cache.set(key, next);
  try {
    globalThis.sessionStorage?.setItem(key, JSON.stringify(next));
  } catch {
    // Storage full (a very long topic list): the inputs are still kept while the app runs.
  }
  return next;
}

/** Whether any access input differs from its default (a link that carries a check). */
export function hasAccessInputs(access: AccessInputs): boolean {
  return access.topic !== '' || access.client !== '' || access.user !== '' || access.groups !== '' || access.action !== EMPTY_ACCESS.action;
}

/**
 * The inputs with a live hand-off applied: its topics become the sample topics, its client ID and
 * user name fill the access check. Null when there is none, or it was applied here already.
 */
export function withHandoff(inputs: PreviewInputs, handoff: TopicHandoff | null): PreviewInputs | null {
  if (!handoff || inputs.handoffApplied === handoff.createdAt) return null;
  return {
    access: { ...inputs.access, client: handoff.clientId ?? inputs.access.client, user: handoff.username ?? inputs.access.user },
    topics: topicSourceFromText(handoff.topics.join('\n'), `from ${handoff.source}`),
    handoffApplied: handoff.createdAt,
  };
}
