import { ActionIcon, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';

const ORDER: MantineColorScheme[] = ['auto', 'light', 'dark'];
const LABELS: Record<MantineColorScheme, string> = { auto: 'system', light: 'light', dark: 'dark' };
const ICONS = { auto: IconDeviceDesktop, light: IconSun, dark: IconMoon } as const;

/**
 * Follows the system by default; each click moves system → light → dark.
 * A plain button rather than a menu keeps popover code off the first route.
 */
export function ThemeMenu() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const next = ORDER[(ORDER.indexOf(colorScheme) + 1) % ORDER.length] ?? 'auto';
  const Icon = ICONS[colorScheme];
  return (
    <ActionIcon variant="default" size="lg" onClick={() => setColorScheme(next)} aria-label={`Theme: ${LABELS[colorScheme]}. Switch to ${LABELS[next]} theme`} title={`Theme: ${LABELS[colorScheme]}`}>
      <Icon size={18} aria-hidden />
    </ActionIcon>
  );
}
