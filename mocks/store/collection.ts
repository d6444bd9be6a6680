/**
 * A stateful mock collection: a deterministic seed plus the user's changes.
 * Only the changes are persisted (localStorage, key `iotc.mock.<name>`), so a
 * seed of thousands of records costs nothing until touched, state survives a
 * reload, and "Reset demo data" is just dropping the changes.
 */
export interface Collection<T> {
  readonly name: string;
  all(): T[];
  get(id: string): T | undefined;
  has(id: string): boolean;
  insert(item: T): T;
  /** Replaces the record with `update(current)`; returns undefined when missing. */
  update(id: string, update: (current: T) => T): T | undefined;
  remove(id: string): boolean;
  size(): number;
}

interface Persisted<T> {
  upserts: Record<string, T>;
  deleted: string[];
  /** Ids inserted by the user, in insertion order (they follow the seed). */
  added: string[];
}

const STORAGE_PREFIX = 'iotc.mock.';
const registry = new Map<string, { reset(): void }>();

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function createCollection<T>(options: { name: string; seed: () => T[]; id: (item: T) => string }): Collection<T> {
  const { name, seed, id } = options;
  const key = STORAGE_PREFIX + name;
  let records: Map<string, T> | undefined;
  let changes: Persisted<T> = { upserts: {}, deleted: [], added: [] };
  let saveScheduled = false;

  const loadChanges = (): Persisted<T> => {
    const raw = storage()?.getItem(key);
    if (!raw) return { upserts: {}, deleted: [], added: [] };
    try {
      const parsed = JSON.parse(raw) as Partial<Persisted<T>>;
      return { upserts: parsed.upserts ?? {}, deleted: parsed.deleted ?? [], added: parsed.added ?? [] };
    } catch {
      return { upserts: {}, deleted: [], added: [] };
    }
  };

  const ensure = (): Map<string, T> => {
    if (records) return records;
    changes = loadChanges();
    const map = new Map<string, T>();
    for (const item of seed()) map.set(id(item), item);
    for (const addedId of changes.added) {
      const item = changes.upserts[addedId];
      if (item) map.set(addedId, item);
    }
    for (const [itemId, item] of Object.entries(changes.upserts)) if (map.has(itemId)) map.set(itemId, item);
    for (const itemId of changes.deleted) map.delete(itemId);
    records = map;
    return map;
  };

  const scheduleSave = () => {
    if (saveScheduled) return;
    saveScheduled = true;
    queueMicrotask(() => {
      saveScheduled = false;
      try {
        storage()?.setItem(key, JSON.stringify(changes));
      } catch {
        // Quota exceeded: the change still lives in memory for this session.
      }
    });
  };

  const collection: Collection<T> = {
    name,
    all: () => [...ensure().values()],
    get: (itemId) => ensure().get(itemId),
    has: (itemId) => ensure().has(itemId),
    size: () => ensure().size,
    insert: (item) => {
      const map = ensure();
      const itemId = id(item);
      if (!map.has(itemId) && !changes.added.includes(itemId)) changes.added.push(itemId);
      map.set(itemId, item);
      changes.upserts[itemId] = item;
      changes.deleted = changes.deleted.filter((d) => d !== itemId);
      scheduleSave();
      return item;
    },
    update: (itemId, update) => {
      const map = ensure();
      const current = map.get(itemId);
      if (current === undefined) return undefined;
      const next = update(current);
      map.set(itemId, next);
      changes.upserts[itemId] = next;
      scheduleSave();
      return next;
    },
    remove: (itemId) => {
      const map = ensure();
      if (!map.delete(itemId)) return false;
      delete changes.upserts[itemId];
      if (changes.added.includes(itemId)) changes.added = changes.added.filter((a) => a !== itemId);
      else changes.deleted.push(itemId);
      scheduleSave();
      return true;
    },
  };

  registry.set(name, {
    reset: () => {
      records = undefined;
      changes = { upserts: {}, deleted: [], added: [] };
    },
  });
  return collection;
}

/** Drops every change made to the demo data, in memory and in storage. */
export function resetAllCollections(): void {
  const s = storage();
  if (s) {
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k?.startsWith(STORAGE_PREFIX)) keys.push(k);
    }
    for (const k of keys) s.removeItem(k);
  }
  for (const entry of registry.values()) entry.reset();
}
