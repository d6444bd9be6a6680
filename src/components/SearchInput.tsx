import { TextInput, type TextInputProps } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

export type SearchInputProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  label: string;
  value: string;
  /** Called on every keystroke; pair with `TYPING` from lib/url-state when the text is URL state. */
  onChange: (value: string) => void;
};

/**
 * The search box of every list: a labelled text input with a search icon. It is controlled by
 * URL state (see lib/url-state), so it never loses a keystroke and follows Back and links.
 */
export function SearchInput({ value, onChange, ...props }: SearchInputProps) {
  return (
    <TextInput
      leftSection={<IconSearch size={14} aria-hidden />}
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      {...props}
    />
  );
}
