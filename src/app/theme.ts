import { createTheme, defaultVariantColorsResolver, parseThemeColor, type CSSVariablesResolver, type VariantColorsResolver } from '@mantine/core';

/**
 * Mantine's defaults miss WCAG AA contrast in places (white on indigo.6,
 * shade-6 text on "light" backgrounds, gray.6 dimmed text). Operators read
 * this console all day, and axe checks it in e2e: these three settings fix it
 * everywhere at once.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const base = defaultVariantColorsResolver(input);
  if (input.variant === 'light') {
    const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
    if (parsed.isThemeColor) {
      return {
        ...base,
        // Shade 9 alone is still under 4.5:1 on some light backgrounds (teal, yellow): darken it further.
        color: `light-dark(color-mix(in srgb, var(--mantine-color-${parsed.color}-9) 70%, black), var(--mantine-color-${parsed.color}-2))`,
        hoverColor: `light-dark(color-mix(in srgb, var(--mantine-color-${parsed.color}-9) 70%, black), var(--mantine-color-${parsed.color}-1))`,
      };
    }
  }
  return base;
};

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  variantColorResolver,
  // Toasts: the close button needs a name (axe: button-name), and the text under a title is gray.6 (3.3:1) by
  // default. A plain object keeps the Notification component out of the first route.
  components: {
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Field errors: red.6 is 3.3:1 on white; red.9 passes AA (axe on the Live forms with errors).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});
