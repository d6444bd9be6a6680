/**
 * What the global search palette finds, as plain data: one item per resource with the text it is
 * found by and the page it opens. Pure, so the matching is unit-tested without the palette.
 */
export const SEARCH_GROUPS = ['Recent', 'Hubs', 'Devices', 'Load balancers', 'Flexible IPs', 'Namespaces', 'Certificates', 'Actions'] as const;
export type SearchGroup = (typeof SEARCH_GROUPS)[number];

export interface SearchItem {
  /** Stable across reloads (kind and resource id): recents are kept by it. */
  id: string;
  group: Exclude<SearchGroup, 'Recent'>;
  label: string;
  description: string;
  /** Extra words it is found by (ids, hostnames, fingerprints), lower-case. */
  keywords: string;
  path: string;
}

export const ACTIONS: readonly SearchItem[] = [
  { id: 'action:create-hub', group: 'Actions', label: 'Create hub', description: 'A new Scaleway IoT Hub', keywords: 'new hub', path: '/hubs/new' },
  { id: 'action:create-lb', group: 'Actions', label: 'Create load balancer', description: 'A new Scaleway load balancer', keywords: 'new lb', path: '/load-balancers/new' },
  { id: 'action:live', group: 'Actions', label: 'Open Live MQTT', description: 'Watch and publish MQTT messages', keywords: 'mqtt broker live', path: '/live' },
  { id: 'action:settings', group: 'Actions', label: 'Settings', description: 'Connection profiles and tokens', keywords: 'token profile', path: '/settings' },
  { id: 'action:overview', group: 'Actions', label: 'Overview', description: 'The fleet at a glance', keywords: 'dashboard home', path: '/' },
];

function haystack(item: SearchItem): string {
  return `${item.label}\n${item.description}\n${item.keywords}`.toLowerCase();
}

/**
 * The items matching every word of the query, grouped in the palette's order, at most `perGroup`
 * per group; a label that starts with the query comes first.
 */
export function searchItems(items: readonly SearchItem[], query: string, perGroup = 8): Map<SearchItem['group'], SearchItem[]> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const q = query.trim().toLowerCase();
  const groups = new Map<SearchItem['group'], SearchItem[]>();
  if (words.length === 0) return groups;
  const rank = (i: SearchItem) => (i.label.toLowerCase().startsWith(q) ? 0 : 1);
  for (const item of items) {
    const text = haystack(item);
    if (!words.every((w) => text.includes(w))) continue;
    const list = groups.get(item.group) ?? [];
    list.push(item);
    groups.set(item.group, list);
  }
  for (const [group, list] of groups) groups.set(group, list.sort((a, b) => rank(a) - rank(b)).slice(0, perGroup));
  return new Map(SEARCH_GROUPS.flatMap((g) => (g !== 'Recent' && groups.has(g) ? [[g, groups.get(g) ?? []] as const] : [])));
}
