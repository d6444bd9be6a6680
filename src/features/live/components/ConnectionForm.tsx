import { ActionIcon, Button, Checkbox, Group, NativeSelect, NumberInput, PasswordInput, SimpleGrid, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useQueries } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { SCALEWAY_REGIONS } from '../../../api/providers';
import { hubQueries } from '../../../api/scaleway-iot/queries';
import { connackCodeLabel, reasonText } from '../../../mqtt/reason-codes';
import { LOCAL_BROKER_URL, randomClientId, validateBrokerUrl } from '../../../mqtt/settings';
import type { ConnectOptions, ConnectionStatus, ProtocolVersion } from '../../../mqtt/types';
import { WARNING_TEXT } from '../lib/colors';

interface Preset {
  value: string;
  label: string;
  url: string;
  protocolVersion: ProtocolVersion;
  note: string;
}

const LOCAL_PRESET: Preset = {
  value: 'local',
  label: `Local broker (${LOCAL_BROKER_URL})`,
  url: LOCAL_BROKER_URL,
  protocolVersion: 4,
  note: 'The broker started by npm start, with the device simulator: aedes (MQTT 3.1.1), or Mosquitto (MQTT 5.0 too) with npm start -- --broker mosquitto.',
};

/** Each Scaleway hub's endpoint: MQTT over WebSocket over TLS on port 443. */
function useHubPresets(): { presets: Preset[]; loading: boolean; failed: boolean } {
  // Every hub of every region (all pages), from the same factory as the Hubs area, so a hub
  // created or renamed there shows here at once.
  const results = useQueries({ queries: SCALEWAY_REGIONS.map((region) => hubQueries.everything(region)) });
  const presets = results.flatMap((r) =>
    (r.data ?? []).map((hub) => ({
      value: `hub:${hub.region}:${hub.id}`,
      label: `${hub.name} (${hub.region})`,
      url: `wss://${hub.endpoint}:443`,
      protocolVersion: 4 as const,
      note: 'Scaleway IoT Hub identifies clients by device ID: use a device that allows insecure (non-mTLS) connections as the client ID.',
    })),
  );
  return { presets, loading: results.some((r) => r.isPending), failed: results.some((r) => r.isError) };
}

/** Which field a CONNACK refusal is about: the broker's answer is shown there, too. */
const REFUSED_FIELD: Readonly<Record<number, 'clientId' | 'username' | 'password'>> = { 2: 'clientId', 0x85: 'clientId', 4: 'password', 0x86: 'password', 0x8c: 'password', 5: 'username', 0x87: 'username' };

export type ConnectionDraft = Omit<ConnectOptions, 'keepalive' | 'sessionExpiryInterval'> & { keepalive: number | string; sessionExpiryInterval: number | string };

export function ConnectionForm({
  initial,
  initialPassword,
  initialRemember,
  status,
  onConnect,
  onDisconnect,
}: {
  initial: Omit<ConnectOptions, 'password'>;
  initialPassword: string;
  initialRemember: boolean;
  status: ConnectionStatus;
  onConnect: (options: ConnectOptions, rememberPassword: boolean) => void;
  onDisconnect: () => void;
}) {
  const [draft, setDraft] = useState<ConnectionDraft>({ ...initial, password: initialPassword });
  const [remember, setRemember] = useState(initialRemember);
  const [preset, setPreset] = useState(initial.url === LOCAL_BROKER_URL ? 'local' : '');
  const [submitted, setSubmitted] = useState(false);
  const hubs = useHubPresets();
  const presets = useMemo(() => [LOCAL_PRESET, ...hubs.presets], [hubs.presets]);
  const presetNote = presets.find((p) => p.value === preset)?.note;

  // The broker's refusal sits at the field it is about until that field is edited.
  const [editedSinceRefusal, setEditedSinceRefusal] = useState<ConnectionStatus | null>(null);
  const refusedField = status.state === 'offline' && status.refusedCode !== null && editedSinceRefusal !== status ? REFUSED_FIELD[status.refusedCode] : undefined;
  const refusal = (field: 'clientId' | 'username' | 'password') =>
    refusedField === field && status.refusedCode !== null ? `The broker refused it: ${reasonText(status.refusedCode)} (${connackCodeLabel(status.refusedCode)})` : null;
  const urlError = validateBrokerUrl(draft.url);
  const keepalive = Number(draft.keepalive);
  const keepaliveError = Number.isInteger(keepalive) && keepalive >= 0 && keepalive <= 65535 ? null : 'Keepalive is 0–65535 seconds';
  const expiry = Number(draft.sessionExpiryInterval);
  const expiryError = Number.isInteger(expiry) && expiry >= 0 && expiry <= 4294967295 ? null : 'Session expiry is 0–4294967295 seconds';
  const clientIdError = draft.clientId.trim() ? null : 'A client ID is required';
  const valid = !urlError && !keepaliveError && !clientIdError && (draft.protocolVersion === 4 || !expiryError);
  const active = status.state !== 'offline';

  const update = (patch: Partial<ConnectionDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    if ('clientId' in patch || 'username' in patch || 'password' in patch) setEditedSinceRefusal(status);
  };

  return (
    <form
      aria-label="Connection"
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
        if (!valid) return;
        onConnect({ ...draft, url: draft.url.trim(), clientId: draft.clientId.trim(), keepalive, sessionExpiryInterval: draft.protocolVersion === 5 ? expiry : 0 }, remember);
      }}
    >
      <Stack gap="xs">
        <NativeSelect
          label="Preset"
          description={hubs.failed ? 'Hub presets are unavailable (check Settings → Scaleway).' : hubs.loading ? 'Loading hub presets…' : presetNote}
          data={[
            { value: '', label: 'Custom' },
            { group: 'Local', items: [{ value: LOCAL_PRESET.value, label: LOCAL_PRESET.label }] },
            ...(hubs.presets.length > 0 ? [{ group: 'Scaleway IoT hubs', items: hubs.presets.map((p) => ({ value: p.value, label: p.label })) }] : []),
          ]}
          value={preset}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setPreset(value);
            const p = presets.find((x) => x.value === value);
            if (p) update({ url: p.url, protocolVersion: p.protocolVersion });
          }}
        />
        <TextInput
          label="Broker URL"
          placeholder="ws://127.0.0.1:9001"
          value={draft.url}
          onChange={(e) => {
            update({ url: e.currentTarget.value });
            setPreset('');
          }}
          error={submitted || draft.url ? urlError : null}
          autoComplete="off"
          spellCheck={false}
        />
        <TextInput
          label="Client ID"
          value={draft.clientId}
          onChange={(e) => update({ clientId: e.currentTarget.value })}
          error={clientIdError ?? refusal('clientId')}
          autoComplete="off"
          spellCheck={false}
          rightSection={
            <Tooltip label="Generate a new client ID">
              <ActionIcon variant="subtle" aria-label="Generate a new client ID" onClick={() => update({ clientId: randomClientId() })}>
                <IconRefresh size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          }
        />
        <SimpleGrid cols={2} spacing="xs">
          <TextInput label="User name" value={draft.username} onChange={(e) => update({ username: e.currentTarget.value })} error={refusal('username')} autoComplete="off" />
          <PasswordInput label="Password" value={draft.password} onChange={(e) => update({ password: e.currentTarget.value })} error={refusal('password')} autoComplete="off" />
        </SimpleGrid>
        <Checkbox
          label="Remember password on this device"
          description="Off: the password stays in this tab's memory only."
          checked={remember}
          onChange={(e) => setRemember(e.currentTarget.checked)}
        />
        <SimpleGrid cols={2} spacing="xs">
          <NativeSelect
            label="MQTT version"
            data={[
              { value: '4', label: 'MQTT 3.1.1' },
              { value: '5', label: 'MQTT 5.0' },
            ]}
            value={String(draft.protocolVersion)}
            onChange={(e) => update({ protocolVersion: e.currentTarget.value === '5' ? 5 : 4 })}
          />
          <NumberInput label="Keepalive (seconds)" min={0} max={65535} value={draft.keepalive} onChange={(v) => update({ keepalive: v })} error={keepaliveError} allowDecimal={false} />
        </SimpleGrid>
        <Checkbox
          label={draft.protocolVersion === 5 ? 'Clean start' : 'Clean session'}
          description="Off: the broker keeps subscriptions and queued messages for this client ID."
          checked={draft.clean}
          onChange={(e) => update({ clean: e.currentTarget.checked })}
        />
        {draft.protocolVersion === 5 ? (
          <NumberInput
            label="Session expiry (seconds)"
            description="How long the broker keeps the session after we disconnect; 0 ends it with the connection."
            min={0}
            value={draft.sessionExpiryInterval}
            onChange={(v) => update({ sessionExpiryInterval: v })}
            error={expiryError}
            allowDecimal={false}
          />
        ) : null}
        <Group gap="xs">
          <Button type="submit" disabled={submitted && !valid}>
            {active ? 'Reconnect with these settings' : 'Connect'}
          </Button>
          {active ? (
            <Button variant="default" onClick={onDisconnect}>
              Disconnect
            </Button>
          ) : null}
        </Group>
        {draft.protocolVersion === 5 && draft.url === LOCAL_BROKER_URL ? (
          <Text size="xs" c={WARNING_TEXT}>
            The default local broker (aedes) speaks MQTT 3.1.1 only; for MQTT 5.0 start Mosquitto instead: npm start -- --broker mosquitto.
          </Text>
        ) : null}
      </Stack>
    </form>
  );
}
