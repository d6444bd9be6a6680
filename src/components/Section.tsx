import { Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** A titled part of a page or tab: an `h2` that also names the section for assistive tech. */
export function Section({ title, children }: { title: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}
