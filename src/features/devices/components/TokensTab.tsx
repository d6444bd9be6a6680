import { Alert, Anchor, Card, Code, Input, JsonInput, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from 'react-router';
import { errorMessage } from '../../../api/errors/api-error';
import { DEFAULT_PROXY_PORT } from '../../../api/nexigon/types';
import { FormActions } from '../../../components/FormActions';
import { MonoTextarea } from '../../../components/MonoTextarea';
import { MONO_INPUT } from '../../../components/mono-input';
import { formatRelative } from '../../../lib/format';
import { FieldProblems } from '../../../lib/form-errors';
import { validateHostname, validatePort } from '../../../lib/validators';
import { useIssueDeviceToken } from '../api/use-issue-device-token';
import { useIssueProxyToken } from '../api/use-issue-proxy-token';
import { useValidateToken, type TokenKind } from '../api/use-validate-token';
import { describeActor } from '../lib/actor';
import { parseJsonText } from '../lib/json-text';
import { decodeJwt, looksLikeJwt } from '../lib/jwt';
import { IssueTokenCard, validateValidity, VALIDITY_INITIAL, type ValidityValues } from './IssueTokenCard';
import { JsonBlock } from './JsonBlock';
import { TokenResult } from './TokenResult';
import { validitySecs } from './TokenValidity';

/** Claims are optional: empty means none. */
function parseClaims(text: string) {
  return text.trim() ? parseJsonText(text) : ({ ok: true, value: undefined } as const);
}

interface DeviceTokenValues extends ValidityValues {
  claims: string;
}

function IssueDeviceToken({ deviceId }: { deviceId: string }) {
  const issue = useIssueDeviceToken(deviceId);
  const form = useForm<DeviceTokenValues>({
    initialValues: { ...VALIDITY_INITIAL, claims: '' },
    validate: {
      amount: validateValidity,
      claims: (claims) => {
        const parsed = parseClaims(claims);
        return parsed.ok ? null : parsed.error;
      },
    },
  });

  return (
    <IssueTokenCard
      title="Device JWT"
      description="A token an external system can verify with the hub to trust that a request comes from this device, with claims of your choice."
      form={form}
      submitLabel="Issue device JWT"
      onIssue={(v) => {
        const parsed = parseClaims(v.claims);
        if (!parsed.ok) throw new FieldProblems({ claims: [parsed.error] });
        return issue.mutateAsync({ validForSecs: validitySecs(v.amount, v.unit), ...(parsed.value !== undefined ? { claims: parsed.value } : {}) });
      }}
      issued={issue.data ? (expiresAt) => <TokenResult title="Device JWT issued" values={[{ label: 'New device JWT', value: issue.data }]} expiresAt={expiresAt} onHide={() => issue.reset()} /> : null}
    >
      <JsonInput
        label="Claims (JSON)"
        description='Optional, e.g. {"role": "kiosk", "site": "Lyon"}. Returned as-is when the token is validated.'
        autosize
        minRows={3}
        formatOnBlur
        validationError="Not valid JSON"
        styles={MONO_INPUT}
        {...form.getInputProps('claims')}
      />
    </IssueTokenCard>
  );
}

interface ProxyTokenValues extends ValidityValues {
  hostname: string;
  port: number | string;
  redirect: string;
}

function IssueProxyToken({ deviceId }: { deviceId: string }) {
  const issue = useIssueProxyToken(deviceId);
  const form = useForm<ProxyTokenValues>({
    initialValues: { ...VALIDITY_INITIAL, hostname: '', port: '', redirect: '' },
    validate: {
      amount: validateValidity,
      hostname: (v) => (validateHostname(v, { required: false }) ? 'Enter a host name such as device-42.example.com' : null),
      port: (v) => (v !== '' && validatePort(Number(v)) ? 'A port between 1 and 65535' : null),
      redirect: (v) => (v.trim() && !/^https?:\/\/\S+$/.test(v.trim()) ? 'An absolute http:// or https:// URL' : null),
    },
  });

  return (
    <IssueTokenCard
      title="HTTP proxy token"
      description="A link that reaches a web server running on the device (its admin page, a local API) through the hub, without opening a port."
      form={form}
      submitLabel="Issue HTTP proxy token"
      onIssue={(v) =>
        issue.mutateAsync({
          validForSecs: validitySecs(v.amount, v.unit),
          ...(v.hostname.trim() ? { hostname: v.hostname.trim() } : {}),
          ...(v.port !== '' ? { port: Number(v.port) } : {}),
          ...(v.redirect.trim() ? { redirect: v.redirect.trim() } : {}),
        })
      }
      issued={
        issue.data
          ? (expiresAt) => (
              <TokenResult
                title="HTTP proxy token issued"
                values={[
                  { label: 'Proxy URL', value: issue.data.url },
                  { label: 'Proxy JWT', value: issue.data.jwt },
                ]}
                expiresAt={expiresAt}
                onHide={() => issue.reset()}
              />
            )
          : null
      }
    >
      <TextInput label="Hostname" description="Optional. Defaults to a device-specific subdomain of the hub." autoComplete="off" {...form.getInputProps('hostname')} />
      <NumberInput label="Port" description={`Device port to proxy to. Defaults to ${DEFAULT_PROXY_PORT}.`} placeholder={String(DEFAULT_PROXY_PORT)} allowDecimal={false} w={260} {...form.getInputProps('port')} />
      <TextInput label="Redirect URL" description="Optional. Where browsers go once the token has expired." autoComplete="off" {...form.getInputProps('redirect')} />
    </IssueTokenCard>
  );
}

function ValidateToken({ deviceId }: { deviceId: string }) {
  const validate = useValidateToken();
  const form = useForm<{ kind: TokenKind; jwt: string }>({
    initialValues: { kind: 'device', jwt: '' },
    validate: { jwt: (v) => (!v.trim() ? 'Paste a token' : !looksLikeJwt(v) ? 'This is not a JWT (three base64url parts separated by dots)' : null) },
    // A verdict belongs to the token and type it was asked for.
    onValuesChange: () => validate.reset(),
  });
  const { kind, jwt } = form.getValues();
  const verdict = validate.data;
  const decoded = verdict ? decodeJwt(jwt) : null;

  return (
    <Card withBorder>
      <Title order={2} size="h4">
        Validate a token
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Ask the hub whether a token is genuine and still valid, and what it carries.
      </Text>
      <form noValidate onSubmit={form.onSubmit((v) => validate.mutate({ kind: v.kind, jwt: v.jwt }))}>
        <Stack gap="sm">
          <Input.Wrapper label="Token type" id="token-type-label">
            <SegmentedControl
              aria-labelledby="token-type-label"
              display="flex"
              {...form.getInputProps('kind')}
              data={[
                { value: 'device', label: 'Device JWT' },
                { value: 'proxy', label: 'HTTP proxy JWT' },
              ]}
            />
          </Input.Wrapper>
          <MonoTextarea label="Token (JWT)" minRows={3} autoComplete="off" {...form.getInputProps('jwt')} />
          <FormActions align="start" submitLabel="Validate token" submitting={validate.isPending} />
          {validate.isError ? (
            <Alert color="red" variant="light" role="alert" title="The hub could not validate the token">
              {errorMessage(validate.error)}
            </Alert>
          ) : null}
          {verdict ? (
            verdict.result.result === 'Valid' ? (
              <Alert color="teal" variant="light" title="Valid" role="status">
                <Stack gap="xs">
                  <Text size="sm">
                    Issued for device <Code>{verdict.result.deviceId}</Code>
                    {verdict.result.deviceId === deviceId ? ' (this device).' : ' '}
                    {verdict.result.deviceId !== deviceId ? <Anchor component={Link} to={`/devices/${verdict.result.deviceId}?tab=tokens`}>Open that device</Anchor> : null}
                  </Text>
                  {verdict.kind === 'device' && verdict.result.result === 'Valid' ? <JsonBlock value={verdict.result.claims} label="Claims" /> : null}
                  {verdict.kind === 'proxy' && verdict.result.result === 'Valid' ? (
                    <Text size="sm">
                      Host <Code>{verdict.result.hostname ?? 'default'}</Code> · port <Code>{String(verdict.result.port ?? DEFAULT_PROXY_PORT)}</Code>
                      {verdict.result.issuer ? ` · issued by ${describeActor(verdict.result.issuer).label}` : ''}
                    </Text>
                  ) : null}
                  {decoded?.expiresAt ? <Text size="xs" c="dimmed">Expires {formatRelative(decoded.expiresAt)}.</Text> : null}
                </Stack>
              </Alert>
            ) : (
              <Alert color="red" variant="light" title="Invalid" role="status">
                <Stack gap="xs">
                  <Text size="sm">The hub does not accept this token{kind === 'device' ? ' as a device JWT' : ' as an HTTP proxy token'}: it is forged, altered, expired, of another type, or its device no longer exists.</Text>
                  {decoded?.expiresAt && decoded.expiresAt < Date.now() ? <Text size="sm">It expired {formatRelative(decoded.expiresAt)} (read from the token).</Text> : null}
                  {verdict.kind === 'proxy' && verdict.result.result === 'Invalid' && verdict.result.redirect ? (
                    <Text size="sm">
                      Browsers would be sent to <Code>{verdict.result.redirect}</Code>.
                    </Text>
                  ) : null}
                </Stack>
              </Alert>
            )
          ) : null}
          {decoded ? (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <JsonBlock value={decoded.header} label="Header (decoded locally, not verified)" />
              <JsonBlock value={decoded.payload} label="Payload (decoded locally, not verified)" />
            </SimpleGrid>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}

export function TokensTab({ deviceId }: { deviceId: string }) {
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <IssueDeviceToken deviceId={deviceId} />
        <IssueProxyToken deviceId={deviceId} />
      </SimpleGrid>
      <ValidateToken deviceId={deviceId} />
    </Stack>
  );
}
