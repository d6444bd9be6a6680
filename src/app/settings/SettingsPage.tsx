import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { PROVIDERS } from '../../api/providers';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageTitle } from '../../components/PageTitle';
import { useProfiles } from '../../lib/use-profiles';
import { resetDemoData } from '../mock-backend';
import { ProfileForm } from './ProfileForm';

export function SettingsPage() {
  const profiles = useProfiles();
  const queryClient = useQueryClient();
  const location = useLocation();
  const [confirmReset, setConfirmReset] = useState(false);
  const [resetting, setResetting] = useState(false);
  const anyMock = PROVIDERS.some((p) => profiles[p].mode === 'mock');

  useEffect(() => {
    // /settings#nexigon (from a 401) scrolls to that profile.
    const id = location.hash.slice(1);
    if (id) document.getElementById(`profile-${id}`)?.scrollIntoView({ block: 'start' });
  }, [location.hash]);

  return (
    <>
      <PageTitle title="Settings" subtitle="Connection profiles: where each provider's requests go, and with which token." />
      <Stack gap="lg">
        {PROVIDERS.map((provider) => (
          <Card key={provider} withBorder id={`profile-${provider}`} padding="lg">
            <ProfileForm provider={provider} profile={profiles[provider]} />
          </Card>
        ))}
        <Card withBorder padding="lg">
          <Stack gap="xs">
            <Title order={2} size="h4">
              Demo data
            </Title>
            <Text size="sm" c="dimmed">
              Providers in Mock mode share one demo data set kept in this browser. Resetting restores the original seed and discards every change.
            </Text>
            <Group>
              <Button color="red" variant="light" disabled={!anyMock} onClick={() => setConfirmReset(true)}>
                Reset demo data
              </Button>
            </Group>
          </Stack>
        </Card>
      </Stack>
      <ConfirmDialog
        opened={confirmReset}
        onClose={() => setConfirmReset(false)}
        title="Reset demo data"
        resourceName="Demo data of the mock backend"
        description="Every hub, device, load balancer and namespace change made in Mock mode is discarded and the seed is restored."
        confirmLabel="Reset demo data"
        loading={resetting}
        onConfirm={async () => {
          setResetting(true);
          try {
            await resetDemoData();
            await queryClient.resetQueries();
            notifications.show({ color: 'teal', title: 'Demo data restored', message: 'The mock backend is back to its seed.' });
            setConfirmReset(false);
          } catch (error) {
            notifications.show({ color: 'red', title: 'Reset failed', message: error instanceof Error ? error.message : 'Unknown error' });
          } finally {
            setResetting(false);
          }
        }}
      />
    </>
  );
}
