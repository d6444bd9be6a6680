import type { SearchItem } from './search-index';

/**
 * Resources recently opened from the search palette, newest first, in localStorage. Only what
 * names a resource is kept (id, name, where it is, its page): never a token or pasted material.
 */
const KEY = 'iotc.search.recent';
const MAX = 8;

export type RecentItem = Pick<SearchItem, 'id' | 'group' | 'label' | 'description' | 'path'>;

function isRecent(value: unknown): value is RecentItem {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return ['id', 'group', 'label', 'description', 'path'].every((k) => typeof v[k] === 'string') && String(v.path).startsWith('/');
}

export function loadRecents(): RecentItem[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isRecent).slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function rememberRecent(item: SearchItem): RecentItem[] {
  const entry: RecentItem = { id: item.id, group: item.group, label: item.label, description: item.description, path: item.path };
  const next = [entry, ...loadRecents().filter((r) => r.id !== item.id)].slice(0, MAX);
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage full or blocked: the palette still works, without recents.
  }
  return next;
}
