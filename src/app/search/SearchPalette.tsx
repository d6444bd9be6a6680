import '@mantine/spotlight/styles.css';
import { Spotlight, createSpotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { loadRecents, rememberRecent, type RecentItem } from './recents';
import { ACTIONS, searchItems, type SearchItem } from './search-index';
import { useSearchItems } from './use-search-items';

const [store, palette] = createSpotlight();

/**
 * The global search (lazy: loaded the first time it is opened). Groups by area, works with the
 * keyboard alone (arrows, Enter, Escape), and with an empty query shows the recently opened
 * resources first, then the actions. `openCount` opens it again each time it changes.
 */
export function SearchPalette({ openCount }: { openCount: number }) {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [recents, setRecents] = useState<RecentItem[]>(loadRecents);
  const { items, loading } = useSearchItems();

  useEffect(() => {
    if (openCount > 0) palette.open();
  }, [openCount]);

  const groups = useMemo((): SpotlightActionGroupData[] => {
    const go = (item: SearchItem | RecentItem) => () => {
      const known = items.find((i) => i.id === item.id);
      if (known) setRecents(rememberRecent(known));
      void navigate(item.path);
    };
    const toAction = (item: SearchItem | RecentItem, group: string) => ({ id: `${group}:${item.id}`, label: item.label, description: item.description, onClick: go(item) });
    if (!query.trim()) {
      return [
        ...(recents.length ? [{ group: 'Recent', actions: recents.map((r) => toAction(r, 'Recent')) }] : []),
        { group: 'Actions', actions: ACTIONS.map((a) => toAction(a, 'Actions')) },
      ];
    }
    return [...searchItems(items, query)].map(([group, list]) => ({ group, actions: list.map((i) => toAction(i, group)) }));
  }, [items, query, recents, navigate]);

  return (
    <Spotlight.Root
      store={store}
      shortcut={null}
      query={query}
      onQueryChange={setQuery}
      scrollable
      maxHeight={420}
      title="Search the console"
      // A selected result's description is white at 0.7 opacity on the primary colour by default:
      // under 4.5:1 (axe, when a device with its project and host name is the selected result).
      styles={{ actionDescription: { opacity: 1 } }}
    >
      <Spotlight.Search
        leftSection={<IconSearch size={18} aria-hidden />}
        placeholder="Hubs, devices, load balancers, IPs, namespaces, fingerprints…"
        aria-label="Search the console"
        // Enter with nothing selected (arrows not used) opens the first result.
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || store.getState().selected >= 0) return;
          const { listId } = store.getState();
          const first = listId ? document.getElementById(listId)?.querySelector<HTMLElement>('[data-action]') : null;
          first?.click();
        }}
      />
      <Spotlight.ActionsList>
        {groups.length > 0 ? (
          // Composed by hand so each group is a named group for assistive technology, not only a styled label.
          groups.map((g) => (
            <Spotlight.ActionsGroup key={g.group} label={g.group} role="group" aria-label={g.group}>
              {g.actions.map(({ id, ...action }) => (
                <Spotlight.Action key={id} {...action} highlightQuery />
              ))}
            </Spotlight.ActionsGroup>
          ))
        ) : (
          <Spotlight.Empty>{loading ? 'Loading…' : 'Nothing found'}</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
