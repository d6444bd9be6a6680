import { Alert, List } from '@mantine/core';

/** Form-level errors that belong to no single field (see applyApiFieldErrors); renders nothing when empty. */
export function FormErrorAlert({ title, messages }: { title: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      <List size="sm">
        {messages.map((m) => (
          <List.Item key={m}>{m}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
