import { Pill, PillsInput } from '@mantine/core';
import { memo, useState } from 'react';

/**
 * Authorization groups as chips. Lighter than TagsInput (no combobox per row, which matters with
 * hundreds of rows): suggestions come from one shared <datalist> of the ACL's groups.
 * Enter, comma or leaving the field adds the typed group; Backspace in an empty field removes
 * the last one. `*` is a group like any other here; the lint explains when it is risky.
 */
export const GroupsInput = memo(function GroupsInput({
  label,
  groups,
  onChange,
  listId,
  invalid,
}: {
  label: string;
  groups: readonly string[];
  onChange: (groups: string[]) => void;
  listId: string;
  invalid?: boolean;
}) {
  const [text, setText] = useState('');
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
  return (
    <PillsInput size="xs" error={invalid}>
      <Pill.Group>
        {groups.map((group) => (
          <Pill
            key={group}
            withRemoveButton
            onRemove={() => onChange(groups.filter((g) => g !== group))}
            // Mantine hides the remove button from assistive tech and the tab order; it is the only way to remove a group other than the last.
            removeButtonProps={{ 'aria-label': `Remove ${group} from ${label.toLowerCase()}`, 'aria-hidden': false, tabIndex: 0 }}
            style={group === '*' ? { fontWeight: 700 } : undefined}
          >
            {group}
          </Pill>
        ))}
        <PillsInput.Field
          aria-label={label}
          list={listId}
          value={text}
          placeholder={groups.length === 0 ? 'Empty' : undefined}
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
      </Pill.Group>
    </PillsInput>
  );
});
