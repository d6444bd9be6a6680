import { Textarea, type TextareaProps } from '@mantine/core';
import { MONO_INPUT } from './mono-input';

/** A growing textarea for lists of addresses, patterns and PEM: monospace, no spell check. */
export function MonoTextarea({ minRows = 2, maxRows = 8, ...props }: TextareaProps) {
  return <Textarea autosize minRows={minRows} maxRows={maxRows} styles={MONO_INPUT} spellCheck={false} {...props} />;
}
