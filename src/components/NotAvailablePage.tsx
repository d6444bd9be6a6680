import { Text } from '@mantine/core';
import { PageTitle } from './PageTitle';

/** Placeholder for areas whose issue has not landed yet. */
export function NotAvailablePage({ title }: { title: string }) {
  return (
    <>
      <PageTitle title={title} />
      <Text c="dimmed">This area is not available yet.</Text>
    </>
  );
}
