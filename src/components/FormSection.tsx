import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled group of fields in a long form (an h3 under the dialog's title). */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}
