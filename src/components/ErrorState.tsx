import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { isApiError } from '../api/errors/api-error';
import { PROVIDER_LABELS } from '../api/providers';

/**
 * The error state of a list or page: what failed in words, the provider's
 * code, a retry button (when retrying can help), and a way to the token when
 * the API rejected it.
 */
export function ErrorState({ error, onRetry, title = 'Could not load this data', retrying = false }: { error: unknown; onRetry?: () => void; title?: string; retrying?: boolean }) {
  const api = isApiError(error) ? error : null;
  const message = api ? api.message : error instanceof Error ? error.message : 'Something went wrong.';
  const fieldMessages = api ? Object.entries(api.fields).flatMap(([field, messages]) => messages.map((m) => (field === '_' ? m : `${field}: ${m}`))) : [];
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={title} role="alert">
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {fieldMessages.length > 0 ? (
          <List size="sm">
            {fieldMessages.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        ) : null}
        {api ? (
          <Text size="xs" c="dimmed">
            {PROVIDER_LABELS[api.provider]} · {api.status === 0 ? 'no response' : `HTTP ${api.status}`} · {api.code}
          </Text>
        ) : null}
        {api?.isUnauthorized ? (
          <Text size="sm">
            Check the {PROVIDER_LABELS[api.provider]} token in <Link to={`/settings#${api.provider}`}>Settings</Link>.
          </Text>
        ) : null}
        <Group gap="xs">
          {onRetry ? (
            <Button size="xs" variant="filled" color="red" onClick={onRetry} loading={retrying}>
              Retry
            </Button>
          ) : null}
          {api?.isUnauthorized ? (
            <Button size="xs" variant="light" component={Link} to={`/settings#${api.provider}`}>
              Open settings
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Alert>
  );
}
