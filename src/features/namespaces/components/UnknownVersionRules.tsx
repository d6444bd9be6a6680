import { Alert, Button, Group, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { errorMessage } from '../../../api/errors/api-error';

/**
 * A version whose rules the console cannot know (the documented API does not return them, and
 * this browser did not create it): says why, and offers what can be compared instead.
 */
export function UnknownVersionRules({
  version,
  error,
  known,
  onPick,
  savedValue,
}: {
  version: string;
  error: unknown;
  /** Versions created from this browser, whose rules it kept. */
  known: readonly string[];
  onPick: (value: string) => void;
  savedValue: string;
}) {
  return (
    <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title={`The rules of version ${version} are not known here`}>
      <Text size="sm">{errorMessage(error, `Version ${version}'s rules cannot be read.`)}</Text>
      <Text size="sm" mt="xs">
        Compare instead with:
      </Text>
      <Group gap="xs" mt={4} wrap="wrap">
        <Button size="xs" variant="light" onClick={() => onPick(savedValue)}>
          The saved configuration
        </Button>
        {known.map((v) => (
          <Button key={v} size="xs" variant="default" onClick={() => onPick(v)} aria-label={`Version ${v} (created from this browser)`}>
            Version {v}
          </Button>
        ))}
      </Group>
      {known.length === 0 ? (
        <Text size="xs" c="dimmed" mt={4}>
          No version of this configuration was created from this browser: versions created here can always be compared.
        </Text>
      ) : null}
    </Alert>
  );
}
