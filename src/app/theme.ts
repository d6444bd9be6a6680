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
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-placeholder': 'var(--mantine-color-gray-6)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});
