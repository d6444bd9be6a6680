/**
 * Text colours for problems and warnings that keep WCAG AA contrast on light
 * and dark backgrounds (Mantine's orange and red shades alone do not, on
 * small text), in the spirit of the theme's variant resolver.
 */
export const ERROR_TEXT = 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-4))';
export const WARNING_TEXT = 'light-dark(color-mix(in srgb, var(--mantine-color-orange-9) 75%, black), var(--mantine-color-orange-4))';
