import { Alert, Anchor, Button, Card, Code, Group, JsonInput, NumberInput, SegmentedControl, Input, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../../api/errors/api-error';
import { DEFAULT_PROXY_PORT } from '../../../api/nexigon/types';
import { formatRelative } from '../../../lib/format';
import { useIssueDeviceToken } from '../api/use-issue-device-token';
import { useIssueProxyToken } from '../api/use-issue-proxy-token';
import { useValidateToken, type TokenKind } from '../api/use-validate-token';
import { describeActor } from '../lib/actor';
import { parseJsonText } from '../lib/json-text';
import { decodeJwt, looksLikeJwt } from '../lib/jwt';
import { JsonBlock } from './JsonBlock';
import { TokenResult } from './TokenResult';
import { TokenValidity, validityProblem, validitySecs, type ValidityUnit } from './TokenValidity';
import { MONO_INPUT } from '../lib/styles';

const errorText = (error: unknown) => (isApiError(error) ? error.message : 'Unknown error');
const HOSTNAME_RE = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

function IssueDeviceToken({ deviceId }: { deviceId: string }) {
  const issue = useIssueDeviceToken(deviceId);
  const [amount, setAmount] = useState<number | string>(1);
  const [unit, setUnit] = useState<ValidityUnit>('hours');
  const [claims, setClaims] = useState('');
  const [errors, setErrors] = useState<{ validity?: string | null; claims?: string }>({});
  const [issuedAt, setIssuedAt] = useState(0);

  return (
    <Card withBorder>
      <Title order={2} size="h4">
        Device JWT
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        A token an external system can verify with the hub to trust that a request comes from this device, with claims of your choice.
      </Text>
      {issue.data ? (
        <TokenResult title="Device JWT issued" values={[{ label: 'New device JWT', value: issue.data }]} expiresAt={issuedAt + validitySecs(amount, unit) * 1000} onHide={() => issue.reset()} />
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const validity = validityProblem(amount, unit);
            const parsed = claims.trim() ? parseJsonText(claims) : ({ ok: true, value: undefined } as const);
            setErrors({ validity, claims: parsed.ok ? undefined : parsed.error });
            if (validity || !parsed.ok) return;
            setIssuedAt(Date.now());
            issue.mutate({ validForSecs: validitySecs(amount, unit), ...(parsed.value !== undefined ? { claims: parsed.value } : {}) });
          }}
        >
          <Stack gap="sm">
            <TokenValidity amount={amount} unit={unit} onAmount={setAmount} onUnit={setUnit} error={errors.validity} />
            <JsonInput
              label="Claims (JSON)"
              description='Optional, e.g. {"role": "kiosk", "site": "Lyon"}. Returned as-is when the token is validated.'
              autosize
              minRows={3}
              formatOnBlur
              value={claims}
              onChange={setClaims}
              error={errors.claims}
              validationError={errors.claims ?? 'Not valid JSON'}
              styles={MONO_INPUT}
            />
            {issue.isError ? (
              <Alert color="red" variant="light" role="alert" title="No token was issued">
                {errorText(issue.error)}
              </Alert>
            ) : null}
            <Group>
              <Button type="submit" loading={issue.isPending}>
                Issue device JWT
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}

function IssueProxyToken({ deviceId }: { deviceId: string }) {
  const issue = useIssueProxyToken(deviceId);
  const [amount, setAmount] = useState<number | string>(1);
  const [unit, setUnit] = useState<ValidityUnit>('hours');
  const [hostname, setHostname] = useState('');
  const [port, setPort] = useState<number | string>('');
  const [redirect, setRedirect] = useState('');
  const [errors, setErrors] = useState<{ validity?: string | null; hostname?: string; port?: string; redirect?: string }>({});
  const [issuedAt, setIssuedAt] = useState(0);

  return (
    <Card withBorder>
      <Title order={2} size="h4">
        HTTP proxy token
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        A link that reaches a web server running on the device (its admin page, a local API) through the hub, without opening a port.
      </Text>
      {issue.data ? (
        <TokenResult
          title="HTTP proxy token issued"
          values={[
            { label: 'Proxy URL', value: issue.data.url },
            { label: 'Proxy JWT', value: issue.data.jwt },
          ]}
          expiresAt={issuedAt + validitySecs(amount, unit) * 1000}
          onHide={() => issue.reset()}
        />
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const n = Number(port);
            const next = {
              validity: validityProblem(amount, unit),
              hostname: hostname.trim() && !HOSTNAME_RE.test(hostname.trim()) ? 'Enter a host name such as device-42.example.com' : undefined,
              port: port !== '' && (!Number.isInteger(n) || n < 1 || n > 65535) ? 'A port between 1 and 65535' : undefined,
              redirect: redirect.trim() && !/^https?:\/\/\S+$/.test(redirect.trim()) ? 'An absolute http:// or https:// URL' : undefined,
            };
            setErrors(next);
            if (Object.values(next).some(Boolean)) return;
            setIssuedAt(Date.now());
            issue.mutate({
              validForSecs: validitySecs(amount, unit),
              ...(hostname.trim() ? { hostname: hostname.trim() } : {}),
              ...(port !== '' ? { port: n } : {}),
              ...(redirect.trim() ? { redirect: redirect.trim() } : {}),
            });
          }}
        >
          <Stack gap="sm">
            <TokenValidity amount={amount} unit={unit} onAmount={setAmount} onUnit={setUnit} error={errors.validity} />
            <TextInput label="Hostname" description="Optional. Defaults to a device-specific subdomain of the hub." value={hostname} onChange={(e) => setHostname(e.currentTarget.value)} error={errors.hostname} autoComplete="off" />
            <NumberInput label="Port" description={`Device port to proxy to. Defaults to ${DEFAULT_PROXY_PORT}.`} placeholder={String(DEFAULT_PROXY_PORT)} value={port} onChange={setPort} allowDecimal={false} w={260} error={errors.port} />
            <TextInput label="Redirect URL" description="Optional. Where browsers go once the token has expired." value={redirect} onChange={(e) => setRedirect(e.currentTarget.value)} error={errors.redirect} autoComplete="off" />
            {issue.isError ? (
              <Alert color="red" variant="light" role="alert" title="No token was issued">
                {errorText(issue.error)}
              </Alert>
            ) : null}
            <Group>
              <Button type="submit" loading={issue.isPending}>
                Issue HTTP proxy token
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}

function ValidateToken({ deviceId }: { deviceId: string }) {
  const validate = useValidateToken();
  const [kind, setKind] = useState<TokenKind>('device');
  const [jwt, setJwt] = useState('');
  const [error, setError] = useState<string | null>(null);
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
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const problem = !jwt.trim() ? 'Paste a token' : !looksLikeJwt(jwt) ? 'This is not a JWT (three base64url parts separated by dots)' : null;
          setError(problem);
          if (!problem) validate.mutate({ kind, jwt });
        }}
      >
        <Stack gap="sm">
          <Input.Wrapper label="Token type" id="token-type-label">
            <SegmentedControl
              aria-labelledby="token-type-label"
              display="flex"
              value={kind}
              onChange={(v) => {
                setKind(v as TokenKind);
                validate.reset();
              }}
              data={[
                { value: 'device', label: 'Device JWT' },
                { value: 'proxy', label: 'HTTP proxy JWT' },
              ]}
            />
          </Input.Wrapper>
          <Textarea
            label="Token (JWT)"
            autosize
            minRows={3}
            maxRows={8}
            styles={MONO_INPUT}
            spellCheck={false}
            autoComplete="off"
            value={jwt}
            onChange={(e) => {
              setJwt(e.currentTarget.value);
              validate.reset();
            }}
            error={error}
          />
          <Group>
            <Button type="submit" loading={validate.isPending}>
              Validate token
            </Button>
          </Group>
          {validate.isError ? (
            <Alert color="red" variant="light" role="alert" title="The hub could not validate the token">
              {errorText(validate.error)}
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
