import { Alert, Button, Code, Group, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Hub } from '../../../api/scaleway-iot/types';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';
import { applyApiFieldErrors } from '../../../lib/form-errors';
import { hubQueries } from '../api/hub-queries';
import { useSetHubCa } from '../api/use-set-hub-ca';
import { useUpdateHub } from '../api/use-update-hub';
import { CertificateSummaryTable } from './CertificateSummaryTable';

/** X.509 code is only fetched when a certificate is on screen. */
const loadX509 = () => import('../../../lib/x509');

function useParsedCertificate(pem: string | undefined) {
  return useQuery({
    queryKey: ['local', 'x509-summary', pem],
    queryFn: async () => (await loadX509()).summarizeCertificatePem(pem ?? '', 'CA certificate'),
    enabled: Boolean(pem),
    staleTime: Infinity,
    retry: false,
  });
}

export function HubCaSection({ hub }: { hub: Hub }) {
  const caQuery = useQuery(hubQueries.ca(hub.region, hub.id));
  const parsed = useParsedCertificate(caQuery.data?.ca_cert_pem);
  const updateHub = useUpdateHub(hub.region, hub.id, { notifyErrors: true });

  return (
    <Stack gap="lg">
      <section aria-labelledby="current-ca-heading">
        <Title order={2} size="h4" id="current-ca-heading" mb="xs">
          Current certificate authority
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {hub.has_custom_ca
            ? 'This hub uses your own CA: devices authenticate with certificates it signed.'
            : 'This hub uses the CA managed by Scaleway. Set your own CA to use device certificates from your PKI.'}
        </Text>
        {caQuery.isPending ? <LoadingState label="Loading the certificate authority…" /> : null}
        {caQuery.isError ? <ErrorState error={caQuery.error} onRetry={() => void caQuery.refetch()} title="Could not load the certificate authority" /> : null}
        {parsed.isError ? (
          <Alert color="orange" role="alert" title="The CA returned by the API could not be parsed">
            {parsed.error instanceof Error ? parsed.error.message : 'Unknown error'}
          </Alert>
        ) : null}
        {parsed.data ? <CertificateSummaryTable summary={parsed.data} label="Current certificate authority" /> : null}
      </section>

      <section aria-labelledby="auto-provisioning-heading">
        <Title order={2} size="h4" id="auto-provisioning-heading" mb="xs">
          Device auto-provisioning
        </Title>
        <Switch
          label="Device auto-provisioning"
          checked={hub.enable_device_auto_provisioning}
          disabled={!hub.has_custom_ca || updateHub.isPending}
          description={
            hub.has_custom_ca
              ? 'When an unknown device connects with a certificate signed by this CA, it is created automatically, named after the certificate\'s common name.'
              : 'Unavailable: auto-provisioning needs a custom certificate authority. Set one below first.'
          }
          onChange={(e) =>
            updateHub.mutate(
              { enable_device_auto_provisioning: e.currentTarget.checked },
              { onSuccess: (h) => notifications.show({ color: 'teal', title: 'Saved', message: `Auto-provisioning is ${h.enable_device_auto_provisioning ? 'on' : 'off'}.` }) },
            )
          }
        />
      </section>

      <SetCaForm hub={hub} />
    </Stack>
  );
}

interface CaFormValues {
  ca_cert_pem: string;
  challenge_cert_pem: string;
  [key: string]: unknown;
}

function SetCaForm({ hub }: { hub: Hub }) {
  const setCa = useSetHubCa(hub.region, hub.id);
  const [checking, setChecking] = useState(false);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<CaFormValues>({ initialValues: { ca_cert_pem: '', challenge_cert_pem: '' } });

  return (
    <section aria-labelledby="set-ca-heading">
      <Title order={2} size="h4" id="set-ca-heading" mb="xs">
        Set certificate authority
      </Title>
      <Text size="sm" mb="xs">
        Prove you hold the CA's private key: sign a <em>challenge</em> certificate with the CA, whose common name is this hub's id <Code>{hub.id}</Code>. For example:
      </Text>
      <Code block mb="sm">
        {`openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout challenge.key \\\n  -subj "/CN=${hub.id}" -out challenge.csr\nopenssl x509 -req -in challenge.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 1 -out challenge.pem`}
      </Code>
      <form
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          setFormErrors([]);
          setChecking(true);
          try {
            // The same checks as the API, in the browser first: each failure at its own field.
            const { checkHubCaChallenge } = await loadX509();
            const result = await checkHubCaChallenge(values.ca_cert_pem, values.challenge_cert_pem, hub.id);
            if (result.problems.length > 0) {
              const byField = new Map<string, string[]>();
              for (const p of result.problems) byField.set(p.field, [...(byField.get(p.field) ?? []), p.message]);
              for (const [field, messages] of byField) form.setFieldError(field, messages.join(' '));
              return;
            }
          } finally {
            setChecking(false);
          }
          setCa.mutate(values, {
            onSuccess: () => {
              form.reset();
              notifications.show({ color: 'teal', title: 'Certificate authority set', message: `${hub.name} now trusts your CA.` });
            },
            onError: (error) => setFormErrors(applyApiFieldErrors(form, error)),
          });
        })}
      >
        <UnsavedChangesGuard when={form.isDirty() && !setCa.isPending} />
        <Stack gap="sm" maw={720}>
          <Textarea label="CA certificate (PEM)" required autosize minRows={4} maxRows={12} styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }} spellCheck={false} placeholder="-----BEGIN CERTIFICATE-----" {...form.getInputProps('ca_cert_pem')} />
          <Textarea
            label="Challenge certificate (PEM)"
            required
            autosize
            minRows={4}
            maxRows={12}
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
            spellCheck={false}
            placeholder="-----BEGIN CERTIFICATE-----"
            description={`Signed by the CA above, with common name ${hub.id}.`}
            {...form.getInputProps('challenge_cert_pem')}
          />
          <FormErrorAlert title="The certificate authority was not set" messages={formErrors} />
          <Group>
            <Button type="submit" loading={checking || setCa.isPending}>
              Set certificate authority
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
