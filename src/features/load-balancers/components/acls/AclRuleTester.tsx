import { ActionIcon, Alert, Badge, Button, Card, Checkbox, Code, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import type { Backend, Route } from '../../../../api/scaleway-lb/types';
import { resolveRoute, type AclVerdict, type RuleStatus, type TestRequest } from '../../lib/acl-tester';
import { MONO_INPUT } from '../../../../components/mono-input';
import { WARNING_TEXT } from '../../../../components/text-colors';

export const RULE_STATUS: Record<RuleStatus, { label: string; color: string }> = {
  fired: { label: 'Fires', color: 'blue' },
  'not-matched': { label: 'No match', color: 'gray' },
  undetermined: { label: 'Undetermined', color: 'orange' },
  'not-reached': { label: 'Not reached', color: 'gray' },
};

const OUTCOME_COLORS: Record<AclVerdict['outcome']['kind'], string> = { allow: 'teal', 'default-allow': 'teal', deny: 'red', redirect: 'orange', 'unknown-action': 'gray' };

function headline(verdict: AclVerdict, total: number): string {
  const fired = verdict.fired;
  switch (verdict.outcome.kind) {
    case 'allow':
      return `Allowed by ${fired?.acl.name} (rule ${fired?.position} of ${total})`;
    case 'deny':
      return `Denied by ${fired?.acl.name} (rule ${fired?.position} of ${total})`;
    case 'redirect':
      return `Redirected by ${fired?.acl.name} (rule ${fired?.position} of ${total})`;
    case 'default-allow':
      return total ? `Allowed: none of the ${total} rules fired` : 'Allowed: no ACL on this frontend';
    default:
      return `${fired?.acl.name ?? 'A rule'} fires with an unknown action`;
  }
}

/**
 * A request typed by the user, evaluated against the frontend's ACLs in the
 * browser: which rule fires first, what it does, and for every rule before
 * it, why it did not match. Nothing is sent to the load balancer.
 */
export function AclRuleTester({
  request,
  onRequest,
  verdict,
  total,
  routes,
  backends,
  defaultBackend,
  protocol,
}: {
  request: TestRequest;
  onRequest: (next: TestRequest) => void;
  verdict: AclVerdict;
  total: number;
  routes: readonly Route[];
  backends: readonly Backend[];
  defaultBackend: Backend | null | undefined;
  protocol: 'http' | 'tcp';
}) {
  const set = (patch: Partial<TestRequest>) => onRequest({ ...request, ...patch });
  const setHeader = (i: number, patch: Partial<{ name: string; value: string }>) => set({ headers: request.headers.map((h, j) => (j === i ? { ...h, ...patch } : h)) });
  const passes = verdict.outcome.kind === 'allow' || verdict.outcome.kind === 'default-allow';
  const routing = passes ? resolveRoute(routes, verdict.request, { protocol }) : null;
  const routedBackend = routing?.route ? backends.find((b) => b.id === routing.route?.backend_id) : defaultBackend;
  const reported = verdict.evaluations.filter((e) => e.status !== 'not-reached');
  const notReached = verdict.evaluations.length - reported.length;

  return (
    <Card withBorder component="section" aria-labelledby="acl-tester-heading">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5" id="acl-tester-heading">
            Rule tester
          </Title>
          <Text size="xs" c="dimmed">
            Describe a request: the verdict updates as you type, computed in your browser.
          </Text>
        </div>
        <TextInput label="Client IP" placeholder="198.51.100.7 or 2001:db8::7" value={request.clientIp} onChange={(e) => set({ clientIp: e.currentTarget.value })} styles={MONO_INPUT} />
        <TextInput label={protocol === 'http' ? 'Host' : 'Host (SNI)'} placeholder="api.example.com" value={request.host} onChange={(e) => set({ host: e.currentTarget.value })} />
        {protocol === 'http' ? (
          <>
            <TextInput label="Path" description="With or without ?query; a full URL works too." placeholder="/admin/users?page=2" value={request.path} onChange={(e) => set({ path: e.currentTarget.value })} styles={MONO_INPUT} />
            <Text size="xs" c="dimmed">
              Scheme: {request.scheme}, {request.scheme === 'https' ? 'the frontend terminates TLS with its certificates' : 'the frontend has no certificate'}.
            </Text>
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                Headers
              </Text>
              {request.headers.map((h, i) => (
                <Group key={i} gap={6} wrap="nowrap" align="flex-end">
                  <TextInput aria-label={`Header ${i + 1} name`} placeholder="X-Debug" value={h.name} onChange={(e) => setHeader(i, { name: e.currentTarget.value })} style={{ flex: 1 }} size="xs" />
                  <TextInput aria-label={`Header ${i + 1} value`} placeholder="1" value={h.value} onChange={(e) => setHeader(i, { value: e.currentTarget.value })} style={{ flex: 1 }} size="xs" />
                  <ActionIcon variant="subtle" color="gray" aria-label={`Remove header ${i + 1}`} onClick={() => set({ headers: request.headers.filter((_, j) => j !== i) })}>
                    <IconX size={14} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => set({ headers: [...request.headers, { name: '', value: '' }] })} w="fit-content">
                Add header
              </Button>
            </Stack>
          </>
        ) : null}
        <Checkbox label="Comes through Scaleway Edge Services" checked={request.viaEdgeServices} onChange={(e) => set({ viaEdgeServices: e.currentTarget.checked })} />

        {verdict.requestProblems.length ? (
          <Alert color="orange" variant="light" title="Check the request">
            <List size="sm">
              {verdict.requestProblems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}

        {/* No Alert title: it would become the accessible name instead of "Verdict". */}
        <Alert color={OUTCOME_COLORS[verdict.outcome.kind]} variant="light" role="status" aria-live="polite" aria-label="Verdict">
          <Stack gap={4}>
            <Text size="sm" fw={700}>
              {headline(verdict, total)}
            </Text>
            <Text size="sm">{verdict.outcome.description}</Text>
            {verdict.outcome.kind === 'redirect' ? (
              <Text size="sm">
                Location: <Code>{verdict.outcome.location}</Code>
              </Text>
            ) : null}
            {routing ? (
              <Text size="sm">
                Backend: <strong>{routedBackend?.name ?? 'unknown'}</strong>. {routing.reason}
              </Text>
            ) : null}
            {verdict.caveats.map((c) => (
              <Text key={c} size="sm" c={WARNING_TEXT}>
                {c}
              </Text>
            ))}
          </Stack>
        </Alert>

        {reported.length ? (
          <div>
            <Text size="sm" fw={500} mb={4}>
              Why
            </Text>
            <List type="ordered" spacing="xs" size="sm" aria-label="Evaluation, rule by rule">
              {reported.map((e) => (
                <List.Item key={e.acl.id}>
                  <Group gap={6} wrap="wrap">
                    <Text size="sm" fw={500}>
                      {e.acl.name}
                    </Text>
                    <Badge size="xs" variant="light" color={RULE_STATUS[e.status].color}>
                      {RULE_STATUS[e.status].label}
                    </Badge>
                  </Group>
                  <List size="xs" withPadding>
                    {e.reasons.map((r) => (
                      <List.Item key={r}>
                        <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                          {r}
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                </List.Item>
              ))}
            </List>
            {notReached ? (
              <Text size="xs" c="dimmed" mt={4}>
                {notReached} later rule{notReached === 1 ? ' is' : 's are'} not evaluated.
              </Text>
            ) : null}
          </div>
        ) : null}
      </Stack>
    </Card>
  );
}
