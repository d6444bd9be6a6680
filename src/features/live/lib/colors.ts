/** Subscription colours: Mantine palette names, distinct in light and dark schemes. */
export const SUBSCRIPTION_COLORS = ['blue', 'teal', 'grape', 'orange', 'cyan', 'pink', 'lime', 'indigo', 'red', 'yellow'] as const;

export function colorVar(color: string, shade = 6): string {
  return `var(--mantine-color-${color}-${shade})`;
}

export function nextColor(used: readonly string[]): string {
  return SUBSCRIPTION_COLORS.find((c) => !used.includes(c)) ?? SUBSCRIPTION_COLORS[used.length % SUBSCRIPTION_COLORS.length] ?? 'blue';
}
