/** Monospace for the typed value only, not the field's label and description. */
export const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } } as const;
