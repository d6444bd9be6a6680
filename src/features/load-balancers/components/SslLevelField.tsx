import { Radio, Stack } from '@mantine/core';
import type { SslCompatibilityLevel } from '../../../api/scaleway-lb/types';
import { SSL_LEVELS } from '../lib/lb-labels';

/** The three levels with what each one means for the devices that connect. */
export function SslLevelField({ value, onChange, error }: { value: SslCompatibilityLevel; onChange: (value: SslCompatibilityLevel) => void; error?: unknown }) {
  return (
    <Radio.Group
      label="SSL compatibility level"
      description="The oldest TLS version clients may use when the load balancer terminates TLS."
      value={value}
      onChange={(v) => onChange(v as SslCompatibilityLevel)}
      error={typeof error === 'string' ? error : undefined}
    >
      <Stack gap="xs" mt="xs">
        {SSL_LEVELS.map((level) => (
          <Radio key={level.value} value={level.value} label={level.label} description={level.description} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
