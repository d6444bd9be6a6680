import { Alert, Button, Group, Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { getScenarios, setScenarios, subscribeScenarios } from '../../lib/mock-scenario';
import { useProfiles } from '../../lib/use-profiles';
import { PROVIDERS } from '../../api/providers';

const snapshot = () => getScenarios().join(',');

/** Makes an active `?scenario=` impossible to miss, and easy to turn off. */
export function MockScenarioBanner() {
  const scenarios = useSyncExternalStore(subscribeScenarios, snapshot, snapshot);
  const profiles = useProfiles();
  const anyMock = PROVIDERS.some((p) => profiles[p].mode === 'mock');
  if (!scenarios || !anyMock) return null;
  return (
    <Alert color="orange" variant="light" mb="md" aria-label="Mock scenario">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">
          Mock scenario active: <strong>{scenarios.split(',').join(', ')}</strong>. The mock backend answers accordingly.
        </Text>
        <Button size="xs" variant="light" color="orange" onClick={() => setScenarios([])}>
          Clear scenario
        </Button>
      </Group>
    </Alert>
  );
}
