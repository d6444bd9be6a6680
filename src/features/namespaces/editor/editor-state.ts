import type { AkamaiAclRule } from '../../../api/akamai/types';

/** A rule being edited; `key` stays with the rule through reordering, for React and drag and drop. */
export interface EditorRule extends AkamaiAclRule {
  key: number;
}

export type GroupSide = 'publishers' | 'subscribers';

export type EditorAction =
  | { type: 'reset'; rules: readonly AkamaiAclRule[] }
  | { type: 'set-filter'; key: number; value: string }
  | { type: 'set-groups'; key: number; side: GroupSide; groups: string[] }
  | { type: 'add'; afterKey?: number }
  | { type: 'duplicate'; key: number }
  | { type: 'remove'; key: number }
  | { type: 'move'; from: number; to: number };

let lastKey = 0;
const nextKey = () => ++lastKey;

export function toEditorRules(rules: readonly AkamaiAclRule[]): EditorRule[] {
  return rules.map((r) => ({ key: nextKey(), topicFilter: r.topicFilter, publishers: [...r.publishers], subscribers: [...r.subscribers] }));
}

export function toRules(rows: readonly EditorRule[]): AkamaiAclRule[] {
  return rows.map(({ topicFilter, publishers, subscribers }) => ({ topicFilter, publishers, subscribers }));
}

function update(rows: EditorRule[], key: number, change: (row: EditorRule) => EditorRule): EditorRule[] {
  const i = rows.findIndex((r) => r.key === key);
  if (i === -1) return rows;
  const next = rows.slice();
  next[i] = change(rows[i] as EditorRule);
  return next;
}

export function editorReducer(rows: EditorRule[], action: EditorAction): EditorRule[] {
  switch (action.type) {
    case 'reset':
      return toEditorRules(action.rules);
    case 'set-filter':
      return update(rows, action.key, (r) => ({ ...r, topicFilter: action.value }));
    case 'set-groups':
      return update(rows, action.key, (r) => ({ ...r, [action.side]: action.groups }));
    case 'add': {
      const at = action.afterKey === undefined ? rows.length : rows.findIndex((r) => r.key === action.afterKey) + 1;
      const next = rows.slice();
      next.splice(at, 0, { key: nextKey(), topicFilter: '', publishers: [], subscribers: [] });
      return next;
    }
    case 'duplicate': {
      const i = rows.findIndex((r) => r.key === action.key);
      if (i === -1) return rows;
      const source = rows[i] as EditorRule;
      const next = rows.slice();
      next.splice(i + 1, 0, { ...source, key: nextKey(), publishers: [...source.publishers], subscribers: [...source.subscribers] });
      return next;
    }
    case 'remove':
      return rows.filter((r) => r.key !== action.key);
    case 'move': {
      const { from, to } = action;
      if (from === to || from < 0 || to < 0 || from >= rows.length || to >= rows.length) return rows;
      const next = rows.slice();
      const [moved] = next.splice(from, 1);
      next.splice(to, 0, moved as EditorRule);
      return next;
    }
  }
}
