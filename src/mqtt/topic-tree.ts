import { payloadPreview } from './payload';
import type { TreeRow } from './types';

/** Beyond this many nodes new topics are counted on their deepest known ancestor (bounded memory). */
export const MAX_TREE_NODES = 100_000;
const LAST_VALUE_BYTES = 512;

class TreeNode {
  readonly children = new Map<string, TreeNode>();
  count = 0;
  /** Per-second rate bookkeeping: messages in `rateSecond`, and the full second before it. */
  rateSecond = 0;
  rateCount = 0;
  lastRate = 0;
  /** The last payload published exactly on this topic. */
  lastPayload: Uint8Array | null = null;
  /** When a message was last published exactly on this topic, in the tree's message count (0: never). */
  lastSeen = 0;
  sorted: TreeNode[] | null = null;
  constructor(
    readonly name: string,
    readonly path: string,
  ) {}

  hit(second: number): void {
    this.count++;
    if (second !== this.rateSecond) {
      this.lastRate = second - this.rateSecond === 1 ? this.rateCount : 0;
      this.rateSecond = second;
      this.rateCount = 0;
    }
    this.rateCount++;
  }

  rate(second: number): number {
    if (second === this.rateSecond) return this.lastRate;
    return second - this.rateSecond === 1 ? this.rateCount : 0;
  }
}

/**
 * Every topic seen, as a tree of levels with counts, rates and last values,
 * updated per message in O(depth) (a topic's path of nodes is cached).
 */
export class TopicTree {
  private root = new TreeNode('', '');
  private paths = new Map<string, TreeNode[]>();
  private nodes = 0;
  truncated = false;
  /** Bumped when a node is added, so a snapshot knows the shape changed. */
  version = 0;
  /** Messages added, as a clock for "most recently seen" (exact where milliseconds tie). */
  private tick = 0;

  get topicCount(): number {
    return this.paths.size;
  }

  add(topic: string, payload: Uint8Array, nowMs: number): void {
    const second = Math.floor(nowMs / 1000);
    let path = this.paths.get(topic);
    if (!path) {
      path = this.resolve(topic) ?? undefined;
      if (!path) {
        this.countUnder(topic, payload, second);
        return;
      }
    }
    for (let i = 0; i < path.length; i++) (path[i] as TreeNode).hit(second);
    const leaf = path[path.length - 1] as TreeNode;
    leaf.lastSeen = ++this.tick;
    leaf.lastPayload = payload.byteLength > LAST_VALUE_BYTES ? payload.slice(0, LAST_VALUE_BYTES) : payload;
  }

  /** Creates the nodes of a new topic; null when the tree is full. */
  private resolve(topic: string): TreeNode[] | null {
    const levels = topic.split('/');
    const path: TreeNode[] = [];
    let node = this.root;
    let prefix = '';
    for (let i = 0; i < levels.length; i++) {
      const level = levels[i] as string;
      prefix = i === 0 ? level : `${prefix}/${level}`;
      let child = node.children.get(level);
      if (!child) {
        if (this.nodes >= MAX_TREE_NODES) {
          this.truncated = true;
          return null;
        }
        child = new TreeNode(level, prefix);
        node.children.set(level, child);
        node.sorted = null;
        this.nodes++;
        this.version++;
      }
      path.push(child);
      node = child;
    }
    this.paths.set(topic, path);
    return path;
  }

  /** Full tree: count the message on the deepest existing ancestor. */
  private countUnder(topic: string, _payload: Uint8Array, second: number): void {
    let node = this.root;
    for (const level of topic.split('/')) {
      const child = node.children.get(level);
      if (!child) break;
      child.hit(second);
      node = child;
    }
  }

  /**
   * The topics messages were published on, most recently seen first, at most `max` of them (the
   * live viewer hands them to an ACL preview). Topics past a full tree are not known by name.
   */
  recentTopics(max: number): string[] {
    const seen: Array<{ topic: string; at: number }> = [];
    for (const [topic, path] of this.paths) seen.push({ topic, at: (path[path.length - 1] as TreeNode).lastSeen });
    seen.sort((a, b) => b.at - a.at);
    return seen.slice(0, Math.max(0, max)).map((s) => s.topic);
  }

  clear(): void {
    this.root = new TreeNode('', '');
    this.paths.clear();
    this.nodes = 0;
    this.truncated = false;
    this.tick = 0;
    this.version++;
  }

  /** The nodes a user sees: the top level, and the children of every expanded node, depth first. */
  rows(expanded: ReadonlySet<string>, nowMs: number): TreeRow[] {
    const second = Math.floor(nowMs / 1000);
    const out: TreeRow[] = [];
    const visit = (node: TreeNode, depth: number) => {
      node.sorted ??= [...node.children.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const child of node.sorted) {
        const isExpanded = expanded.has(child.path);
        out.push({
          path: child.path,
          name: child.name,
          depth,
          count: child.count,
          rate: child.rate(second),
          lastValue: child.lastPayload ? payloadPreview(child.lastPayload).preview : null,
          childCount: child.children.size,
          expanded: isExpanded && child.children.size > 0,
        });
        if (isExpanded) visit(child, depth + 1);
      }
    };
    visit(this.root, 0);
    return out;
  }
}
