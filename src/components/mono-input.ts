/** Monospace text inside an input (addresses, PEM, regexes) without turning its label monospace. */
export const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } } as const;
