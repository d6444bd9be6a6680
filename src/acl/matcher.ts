/**
 * Many filters against one topic: a trie over filter levels, built once, matched often.
 *
 * The trie is flattened into typed arrays so matching allocates nothing but the result and
 * never hashes a JS string:
 * - every literal level seen in a filter gets a small integer id; a topic's levels are
 *   hashed while the topic is validated (one pass over its characters) and looked up in an
 *   open-addressing table of those ids, compared in place (no substrings);
 * - a literal edge is found by hashing (node, level id) in a second table; the `+` child
 *   has its own slot per node;
 * - filters ending in `#` hang on the node of their parent level (`a/#` on `a`), because
 *   `#` matches the parent too, so reaching that node is all it takes.
 */
import { effectiveFilter, isValidTopicFilter } from './validate';
import { ALWAYS_SHORT_ENOUGH, utf8OverflowIndex } from './utf8';

export interface TopicMatcher {
  /** Indices of the filters that match `topic`, ascending; empty for an invalid topic. */
  match(topic: string): number[];
}

const NONE = -1;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const SLASH = 0x2f;
const PLUS = 0x2b;
const HASH = 0x23;
const DOLLAR = 0x24;

/** FNV-1a over UTF-16 code units; `resolveLevels` computes the same hash inline. */
function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

function slotOf(h: number, mask: number): number {
  return (h ^ (h >>> 15)) & mask;
}

function edgeHash(node: number, level: number): number {
  return Math.imul(node, 0x9e3779b1) ^ Math.imul(level, 0x85ebca6b);
}

function tableSize(entries: number): number {
  let size = 8;
  while (size < entries * 2) size *= 2;
  return size;
}

/** Construction-time node; flattened into `FlatTrie` once all filters are in. */
class BuildNode {
  readonly literal = new Map<number, BuildNode>();
  plus: BuildNode | null = null;
  readonly end: number[] = [];
  readonly hash: number[] = [];
  id = NONE;
}

class FlatTrie {
  // Level interning.
  readonly levelMask: number;
  readonly levelSlots: Int32Array;
  readonly levelHashes: Int32Array;
  readonly levelStrings: string[];
  // Literal edges: (node, level id) -> child.
  readonly edgeMask: number;
  readonly edgeNode: Int32Array;
  readonly edgeLevel: Int32Array;
  readonly edgeChild: Int32Array;
  // Per node.
  readonly plus: Int32Array;
  readonly endStart: Int32Array;
  readonly endCount: Int32Array;
  readonly hashStart: Int32Array;
  readonly hashCount: Int32Array;
  /** Filter indices, grouped per node list, ascending within a list. */
  readonly lists: Int32Array;

  constructor(filters: readonly string[]) {
    const ids = new Map<string, number>();
    const root = new BuildNode();
    const nodes: BuildNode[] = [root];
    let edges = 0;
    const step = (node: BuildNode, level: string): BuildNode => {
      if (level === '+') {
        if (node.plus === null) nodes.push((node.plus = new BuildNode()));
        return node.plus;
      }
      let id = ids.get(level);
      if (id === undefined) ids.set(level, (id = ids.size));
      let next = node.literal.get(id);
      if (next === undefined) {
        nodes.push((next = new BuildNode()));
        node.literal.set(id, next);
        edges++;
      }
      return next;
    };
    let listed = 0;
    filters.forEach((filter, index) => {
      if (!isValidTopicFilter(filter)) return;
      const levels = effectiveFilter(filter).split('/');
      const last = levels.length - 1;
      let node = root;
      for (let i = 0; i < last; i++) node = step(node, levels[i] as string);
      if (levels[last] === '#') node.hash.push(index);
      else step(node, levels[last] as string).end.push(index);
      listed++;
    });

    this.levelStrings = [...ids.keys()];
    this.levelHashes = Int32Array.from(this.levelStrings, hashString);
    const levelSize = tableSize(ids.size);
    this.levelMask = levelSize - 1;
    this.levelSlots = new Int32Array(levelSize).fill(NONE);
    this.levelHashes.forEach((h, id) => {
      let slot = slotOf(h, this.levelMask);
      while (this.levelSlots[slot] !== NONE) slot = (slot + 1) & this.levelMask;
      this.levelSlots[slot] = id;
    });

    nodes.forEach((node, id) => (node.id = id));
    const count = nodes.length;
    this.plus = new Int32Array(count).fill(NONE);
    this.endStart = new Int32Array(count);
    this.endCount = new Int32Array(count);
    this.hashStart = new Int32Array(count);
    this.hashCount = new Int32Array(count);
    this.lists = new Int32Array(listed);
    const edgeSize = tableSize(edges);
    this.edgeMask = edgeSize - 1;
    this.edgeNode = new Int32Array(edgeSize).fill(NONE);
    this.edgeLevel = new Int32Array(edgeSize);
    this.edgeChild = new Int32Array(edgeSize);
    let at = 0;
    for (const node of nodes) {
      const id = node.id;
      if (node.plus !== null) this.plus[id] = node.plus.id;
      this.endStart[id] = at;
      this.endCount[id] = node.end.length;
      this.lists.set(node.end, at);
      at += node.end.length;
      this.hashStart[id] = at;
      this.hashCount[id] = node.hash.length;
      this.lists.set(node.hash, at);
      at += node.hash.length;
      for (const [level, child] of node.literal) {
        let slot = slotOf(edgeHash(id, level), this.edgeMask);
        while (this.edgeNode[slot] !== NONE) slot = (slot + 1) & this.edgeMask;
        this.edgeNode[slot] = id;
        this.edgeLevel[slot] = level;
        this.edgeChild[slot] = child.id;
      }
    }
  }

  /** Id of the literal `topic[start, end)` (hash `h`), or NONE when no filter has it. */
  levelId(topic: string, start: number, end: number, h: number): number {
    const { levelSlots, levelHashes, levelStrings, levelMask } = this;
    for (let slot = slotOf(h, levelMask); ; slot = (slot + 1) & levelMask) {
      const id = levelSlots[slot] as number;
      if (id === NONE) return NONE;
      if (levelHashes[id] !== h) continue;
      const s = levelStrings[id] as string;
      if (s.length === end - start && topic.startsWith(s, start)) return id;
    }
  }

  child(node: number, level: number): number {
    const { edgeNode, edgeLevel, edgeMask } = this;
    for (let slot = slotOf(edgeHash(node, level), edgeMask); ; slot = (slot + 1) & edgeMask) {
      const n = edgeNode[slot] as number;
      if (n === NONE) return NONE;
      if (n === node && edgeLevel[slot] === level) return this.edgeChild[slot] as number;
    }
  }
}

/**
 * Per-matcher scratch space, reused by every `match` call (matching is synchronous and
 * never re-entered). Each filter sits in exactly one trie list and each node is reached at
 * most once per topic, so the collected indices are distinct.
 */
class Scratch {
  readonly found: Int32Array;
  count = 0;
  /** Level ids of the topic being matched. */
  levels: Int32Array = new Int32Array(16);
  private readonly spare: Int32Array;
  private readonly low: Int32Array;
  private readonly high: Int32Array;
  /** Radix digit width: two passes cover every index below the filter count. */
  private readonly digitBits: number;

  constructor(filterCount: number) {
    const size = Math.max(filterCount, 1);
    this.found = new Int32Array(size);
    this.spare = new Int32Array(size);
    const indexBits = 32 - Math.clz32(Math.max(filterCount - 1, 1));
    this.digitBits = Math.ceil(indexBits / 2);
    this.low = new Int32Array((1 << this.digitBits) + 1);
    this.high = new Int32Array((1 << this.digitBits) + 1);
  }

  growLevels(): Int32Array {
    const bigger = new Int32Array(this.levels.length * 2);
    bigger.set(this.levels);
    return (this.levels = bigger);
  }

  append(lists: Int32Array, start: number, n: number): void {
    const found = this.found;
    let count = this.count;
    for (let i = start, end = start + n; i < end; i++) found[count++] = lists[i] as number;
    this.count = count;
  }

  /** The collected indices as a fresh ascending array; resets the scratch. */
  take(): number[] {
    const { found, count } = this;
    this.count = 0;
    const out: number[] = new Array<number>(count);
    if (count <= SMALL) {
      for (let i = 0; i < count; i++) {
        const v = found[i] as number;
        let j = i - 1;
        while (j >= 0 && (out[j] as number) > v) {
          out[j + 1] = out[j] as number;
          j--;
        }
        out[j + 1] = v;
      }
      return out;
    }
    // Two-pass LSD radix sort: no comparisons, so no mispredicted branches, which is what
    // makes comparison sorts and bitset scans slow on a hundred scattered indices.
    const { low, high, spare, digitBits } = this;
    const mask = (1 << digitBits) - 1;
    low.fill(0);
    high.fill(0);
    for (let i = 0; i < count; i++) {
      const v = found[i] as number;
      (low[(v & mask) + 1] as number)++;
      (high[(v >>> digitBits) + 1] as number)++;
    }
    for (let b = 1; b < low.length; b++) {
      low[b] = (low[b] as number) + (low[b - 1] as number);
      high[b] = (high[b] as number) + (high[b - 1] as number);
    }
    for (let i = 0; i < count; i++) {
      const v = found[i] as number;
      spare[(low[v & mask] as number)++] = v;
    }
    for (let i = 0; i < count; i++) {
      const v = spare[i] as number;
      out[(high[v >>> digitBits] as number)++] = v;
    }
    return out;
  }
}

/** Up to this many matches, insertion sort beats the radix sort's fixed cost. */
const SMALL = 24;

function collect(trie: FlatTrie, node: number, levels: Int32Array, i: number, n: number, scratch: Scratch): void {
  // Iterates while only one branch is live (the common case) and recurses only to fork on `+`.
  for (;;) {
    const hashes = trie.hashCount[node] as number;
    if (hashes !== 0) scratch.append(trie.lists, trie.hashStart[node] as number, hashes);
    if (i === n) {
      const ends = trie.endCount[node] as number;
      if (ends !== 0) scratch.append(trie.lists, trie.endStart[node] as number, ends);
      return;
    }
    const level = levels[i] as number;
    const next = level === NONE ? NONE : trie.child(node, level);
    const plus = trie.plus[node] as number;
    i++;
    if (next === NONE) {
      if (plus === NONE) return;
      node = plus;
    } else {
      if (plus !== NONE) collect(trie, plus, levels, i, n, scratch);
      node = next;
    }
  }
}

/**
 * Validates `topic` like `isValidTopicName` (the tests hold them equal) while resolving its
 * levels to ids in the same pass. Returns the level count, or -1 for an invalid topic.
 */
function resolveLevels(trie: FlatTrie, topic: string, scratch: Scratch): number {
  const n = topic.length;
  if (n === 0) return -1;
  let levels = scratch.levels;
  let count = 0;
  let start = 0;
  let h = FNV_OFFSET;
  for (let i = 0; i < n; i++) {
    const c = topic.charCodeAt(i);
    if (c === SLASH) {
      if (count === levels.length) levels = scratch.growLevels();
      levels[count++] = trie.levelId(topic, start, i, h);
      start = i + 1;
      h = FNV_OFFSET;
      continue;
    }
    if (c < 0xd800) {
      if (c === HASH || c === PLUS || c === 0) return -1;
    } else if (c <= 0xdfff) {
      // A high surrogate must be followed by a low one; a low one on its own is invalid.
      const d = topic.charCodeAt(i + 1);
      if (c >= 0xdc00 || !(d >= 0xdc00 && d <= 0xdfff)) return -1;
      h = Math.imul(h ^ c, FNV_PRIME);
      i++;
      h = Math.imul(h ^ d, FNV_PRIME);
      continue;
    }
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  if (n > ALWAYS_SHORT_ENOUGH && utf8OverflowIndex(topic) !== -1) return -1;
  if (count === levels.length) levels = scratch.growLevels();
  levels[count++] = trie.levelId(topic, start, n, h);
  return count;
}

export function createTopicMatcher(filters: readonly string[]): TopicMatcher {
  const trie = new FlatTrie(filters);
  const scratch = new Scratch(filters.length);
  const ROOT = 0;
  return {
    match(topic: string): number[] {
      const n = resolveLevels(trie, topic, scratch);
      if (n === -1) return [];
      const levels = scratch.levels;
      if (topic.charCodeAt(0) === DOLLAR) {
        // §4.7.2: a filter starting with a wildcard never matches a topic starting with `$`,
        // so the root's `#` and `+` entries are skipped and only a literal may follow.
        const first = levels[0] as number;
        const next = first === NONE ? NONE : trie.child(ROOT, first);
        if (next !== NONE) collect(trie, next, levels, 1, n, scratch);
      } else {
        collect(trie, ROOT, levels, 0, n, scratch);
      }
      return scratch.take();
    },
  };
}
