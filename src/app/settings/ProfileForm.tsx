import { Alert, Button, Checkbox, Group, PasswordInput, SegmentedControl, Select, Stack, Text, TextInput, Input } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { PROVIDER_MODES, replacedMode, saveProfile, type ConnectionMode, type ConnectionProfile } from '../../api/profiles';
import { AKAMAI_JURISDICTIONS, PROVIDER_LABELS, PROXY_PREFIX, SCALEWAY_REGIONS, type ProviderId } from '../../api/providers';
import { providerQueries } from '../../api/queries';
import { getRuntimeConfig } from '../../api/runtime-config';
import { useMockBackend } from '../mock-backend';

const MODE_OPTIONS: Array<{ value: ConnectionMode; label: string }> = [
  { value: 'mock', label: 'Mock' },
  { value: 'direct', label: 'Direct' },
  { value: 'proxy', label: 'Via server proxy' },
];

const MODE_LABELS = Object.fromEntries(MODE_OPTIONS.map((o) => [o.value, o.label])) as Record<ConnectionMode, string>;

const MODE_HELP: Record<ConnectionMode, string> = {
  mock: 'The embedded mock backend answers in the browser with realistic demo data. No account needed.',
  direct: 'The browser calls the base URL below with the token. The API must allow this origin (CORS).',
  proxy: 'Requests go to this server, which forwards them (and signs Akamai requests). Needs `npm run serve`.',
};

/** Why a provider offers no Direct mode (only Akamai, whose requests are signed with a secret). */
const NO_DIRECT_REASON: Partial<Record<ProviderId, string>> = {
  akamai:
    'No Direct mode for Akamai: every request must be signed with EdgeGrid using a client secret, and that secret must never reach a browser. Use Via server proxy (the server signs with the credentials in its ~/.edgerc) or Mock.',
};

const REGION_OPTIONS: Record<ProviderId, readonly string[] | null> = {
  scaleway: SCALEWAY_REGIONS,
  akamai: AKAMAI_JURISDICTIONS,
  nexigon: null,
};

const TOKEN_LABELS: Record<ProviderId, string> = {
  scaleway: 'API secret key (X-Auth-Token)',
  nexigon: 'Bearer token',
  akamai: 'Bearer token',
};

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

export function ProfileForm({ provider, profile }: { provider: ProviderId; profile: ConnectionProfile }) {
  const queryClient = useQueryClient();
  const mockBackend = useMockBackend();
  const headingId = useId();
  const form = useForm<ConnectionProfile>({
    initialValues: profile,
    validate: {
      baseUrl: (value, values) =>
        values.mode === 'direct' && !isHttpUrl(value.trim())
          ? 'Enter the API base URL, e.g. https://api.scaleway.com'
          : value.includes('?') || value.includes('#')
            ? 'The base URL must not contain a query or fragment'
            : null,
      projectId: (value) => (value && !/^[0-9a-zA-Z-]{1,64}$/.test(value) ? 'Use the project id as shown by the provider (letters, digits and dashes)' : null),
    },
  });
  const regions = REGION_OPTIONS[provider];
  const mode = form.getValues().mode;
  const runtime = getRuntimeConfig();
  const modeOptions = MODE_OPTIONS.filter((o) => PROVIDER_MODES[provider].includes(o.value)).map((o) => ({ ...o, disabled: o.value === 'mock' && !runtime.mocks }));
  const noDirect = NO_DIRECT_REASON[provider];
  const replaced = replacedMode(provider);

  return (
    <form
      aria-labelledby={headingId}
      onSubmit={form.onSubmit(async (values) => {
        saveProfile(provider, values);
        form.resetDirty(values);
        // Data from the previous backend must not be shown as if it came from the new one.
        queryClient.removeQueries({ queryKey: providerQueries.allKey(provider) });
        if (values.mode === 'mock') await mockBackend.ensureStarted();
        notifications.show({ color: 'teal', title: 'Saved', message: `${PROVIDER_LABELS[provider]} connection profile saved.` });
      })}
    >
      <Stack gap="sm">
        <Text id={headingId} fw={600} size="lg" component="h2" m={0}>
          {PROVIDER_LABELS[provider]}
        </Text>
        <Input.Wrapper label="Mode" description={MODE_HELP[mode]}>
          <SegmentedControl fullWidth data={modeOptions} {...form.getInputProps('mode')} aria-label={`${PROVIDER_LABELS[provider]} mode`} />
        </Input.Wrapper>
        {noDirect ? (
          <Text size="xs" c="dimmed">
            {noDirect}
          </Text>
        ) : null}
        {replaced ? (
          <Alert color="orange" variant="light" role="status" title={`Your saved ${PROVIDER_LABELS[provider]} profile used ${MODE_LABELS[replaced]}`}>
            It is no longer offered, so the console uses {MODE_LABELS[profile.mode]} instead. Save the profile to keep this choice.
          </Alert>
        ) : null}
        {!runtime.mocks ? <Text size="xs" c="dimmed">This server does not serve the mock backend (start it with --demo for the demo data).</Text> : null}
        {mode === 'direct' && !runtime.directAllowed ? (
          <Text size="sm" c="orange.8" role="status">
            This server&apos;s security policy only lets the console call its own origin, so Direct requests will be blocked. Use &quot;Via server proxy&quot;.
          </Text>
        ) : null}
        <TextInput
          label="Base URL"
          description={mode === 'proxy' ? `Proxy mode uses ${PROXY_PREFIX[provider]} on this server.` : mode === 'mock' ? 'Not used in Mock mode.' : 'The API root, without a trailing path.'}
          disabled={mode !== 'direct'}
          autoComplete="url"
          {...form.getInputProps('baseUrl')}
        />
        <PasswordInput
          label={TOKEN_LABELS[provider]}
          description={
            provider === 'akamai' && mode === 'proxy'
              ? 'Not needed: the server signs requests with EdgeGrid credentials from ~/.edgerc.'
              : 'Only ever sent as a request header. Never put in a URL or a log.'
          }
          autoComplete="off"
          {...form.getInputProps('token')}
        />
        <Checkbox
          label="Remember the token on this device"
          description="Off: the token is kept for this browser tab only (sessionStorage). On: it is stored in this browser (localStorage)."
          {...form.getInputProps('rememberToken', { type: 'checkbox' })}
        />
        <Group grow align="flex-start">
          {regions ? (
            <Select label={provider === 'akamai' ? 'Default region (jurisdiction)' : 'Default region'} data={[...regions]} allowDeselect={false} {...form.getInputProps('defaultRegion')} />
          ) : (
            <TextInput label="Default region" description="Nexigon instances are chosen by base URL; this is a label." {...form.getInputProps('defaultRegion')} />
          )}
          <TextInput label="Project ID" autoComplete="off" {...form.getInputProps('projectId')} />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" disabled={!form.isDirty()}>
            Save {PROVIDER_LABELS[provider]} profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
