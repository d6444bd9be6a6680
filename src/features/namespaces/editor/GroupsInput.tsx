import { IconX } from '@tabler/icons-react';
import { memo, useRef, useState } from 'react';
import classes from './AclEditor.module.css';

/**
 * Authorization groups as chips, from native elements (it renders twice per visible row):
 * suggestions come from one shared <datalist> of the ACL's groups. Enter, comma or leaving the
 * field adds the typed group; Backspace in an empty field removes the last one; each chip has
 * its own remove button. `*` is a group like any other here; the lint explains when it is risky.
 */
export const GroupsInput = memo(function GroupsInput({ label, groups, onChange, listId }: { label: string; groups: readonly string[]; onChange: (groups: string[]) => void; listId: string }) {
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const add = (raw: string) => {
    const names = raw
      .split(',')
      .map((g) => g.trim())
      .filter(Boolean);
    const next = [...groups];
    for (const name of names) if (!next.includes(name)) next.push(name);
    if (next.length !== groups.length) onChange(next);
    setText('');
  };
  const lower = label.toLowerCase();
  return (
    // Clicking the box's padding puts the caret in its field, as in a text input.
    <div className={classes.chips} onClick={(e) => e.target === e.currentTarget && input.current?.focus()}>
      {groups.map((group) => (
        <span key={group} className={classes.chip} data-any={group === '*' || undefined}>
          {group}
          <button type="button" className={classes.chipRemove} aria-label={`Remove ${group} from ${lower}`} onClick={() => onChange(groups.filter((g) => g !== group))}>
            <IconX size={10} aria-hidden />
          </button>
        </span>
      ))}
      <input
        ref={input}
        className={classes.chipInput}
        aria-label={label}
        list={listId}
        value={text}
        placeholder={groups.length === 0 ? 'Empty' : undefined}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (value.includes(',')) add(value);
          else setText(value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (text.trim()) add(text);
          } else if (e.key === 'Backspace' && text === '' && groups.length > 0) {
            onChange(groups.slice(0, -1));
          }
        }}
        onBlur={() => {
          if (text.trim()) add(text);
        }}
      />
    </div>
  );
});
