import { Progress, type MantineSpacing } from '@mantine/core';

interface Props {
  label: string;
  done: number;
  total: number;
  /** What a screen reader says, e.g. "120 of 400 devices". */
  valueText: string;
  color?: string;
  animated?: boolean;
  mb?: MantineSpacing;
}

/**
 * A progress bar that tells assistive technology the count ("120 of 400 devices"), not only a
 * percentage: Mantine's own ARIA values (withAria) would override our aria-valuetext with "30%".
 */
export function CountProgress({ label, done, total, valueText, color, animated, mb }: Props) {
  return (
    <Progress.Root mb={mb}>
      <Progress.Section
        value={total > 0 ? (done / total) * 100 : 0}
        color={color}
        animated={animated}
        withAria={false}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={valueText}
      />
    </Progress.Root>
  );
}
