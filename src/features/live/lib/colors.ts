/** Subscription colours: Mantine palette names, distinct in light and dark schemes. */
export const SUBSCRIPTION_COLORS = ['blue', 'teal', 'grape', 'orange', 'cyan', 'pink', 'lime', 'indigo', 'red', 'yellow'] as const;

export function colorVar(color: string, shade = 6): string {
  return `var(--mantine-color-${color}-${shade})`;
}

export function nextColor(used: readonly string[]): string {
  return SUBSCRIPTION_COLORS.find((c) => !used.includes(c)) ?? SUBSCRIPTION_COLORS[used.length % SUBSCRIPTION_COLORS.length] ?? 'blue';
}

/**
 * Warning text: Mantine's orange (shades 6–9) is under 4.5:1 on white, so darken it as the theme
 * does for light badges (axe checks the reconnecting status bar).
 */
export const WARNING_TEXT = 'light-dark(color-mix(in srgb, var(--mantine-color-orange-9) 70%, black), var(--mantine-color-orange-3))';
