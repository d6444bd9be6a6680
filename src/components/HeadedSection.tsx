import { Group, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/**
 * A section of a page or tab named by its h2, so it is a landmark screen readers list by that name;
 * `action` (a button) stands beside the heading.
 */
export function HeadedSection({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  const id = useId();
  const heading = (
    <Title order={2} size="h4" mb={action ? undefined : 'xs'} id={id}>
      {title}
    </Title>
  );
  return (
    <section aria-labelledby={id}>
      {action ? (
        <Group justify="space-between" mb="xs">
          {heading}
          {action}
        </Group>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
