import { Alert, Code, Stack, Switch, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import type { Hub } from '../../../api/scaleway-iot/types';
import { QueryContent } from '../../../components/QueryContent';
import { HeadedSection } from '../../../components/HeadedSection';
import { FormActions } from '../../../components/FormActions';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';
import { useAsyncValue } from '../../../lib/use-async-value';
import { FieldProblems } from '../../../lib/form-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { MonoTextarea } from '../../../components/MonoTextarea';
import { errorMessage } from '../../../api/errors/api-error';
import { hubQueries } from '../../../api/scaleway-iot/queries';
import { useSetHubCa } from '../api/use-set-hub-ca';
import { useUpdateHub } from '../api/use-update-hub';
import { CertificateSummaryTable } from './CertificateSummaryTable';

/** X.509 code is only fetched when a certificate is on screen. */
const loadX509 = () => import('../../../lib/x509');

const summarizeCa = async (pem: string) => (await loadX509()).summarizeCertificatePem(pem, 'CA certificate');

export function HubCaSection({ hub }: { hub: Hub }) {
  const caQuery = useQuery(hubQueries.ca(hub.region, hub.id));
  const parsed = useAsyncValue(caQuery.data?.ca_cert_pem || null, summarizeCa);
  const updateHub = useUpdateHub(hub.region, hub.id, { notifyErrors: true });

  return (
    <Stack gap="lg">
      <HeadedSection title="Current certificate authority">
        <Text size="sm" c="dimmed" mb="sm">
          {hub.has_custom_ca
            ? 'This hub uses your own CA: devices authenticate with certificates it signed.'
            : 'This hub uses the CA managed by Scaleway. Set your own CA to use device certificates from your PKI.'}
        </Text>
        <QueryContent query={caQuery} what="the certificate authority">
          {() =>
            parsed.status === 'failed' ? (
              <Alert color="orange" role="alert" title="The CA returned by the API could not be parsed">
                {errorMessage(parsed.error, 'Unknown error')}
              </Alert>
            ) : parsed.status === 'done' ? (
              <CertificateSummaryTable summary={parsed.value} label="Current certificate authority" />
            ) : null
          }
        </QueryContent>
      </HeadedSection>

      <HeadedSection title="Device auto-provisioning">
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
      </HeadedSection>

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
  const form = useForm<CaFormValues>({ initialValues: { ca_cert_pem: '', challenge_cert_pem: '' } });
  const { submitting, formErrors, run } = useFormSubmit(form);

  return (
    <HeadedSection title="Set certificate authority">
      <Text size="sm" mb="xs">
        Prove you hold the CA's private key: sign a <em>challenge</em> certificate with the CA, whose common name is this hub's id <Code>{hub.id}</Code>. For example:
      </Text>
      <Code block mb="sm">
        {`openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout challenge.key \\\n  -subj "/CN=${hub.id}" -out challenge.csr\nopenssl x509 -req -in challenge.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 1 -out challenge.pem`}
      </Code>
      <form
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          const done = await run(values, async () => {
            // The same checks as the API, in the browser first: each failure at its own field.
            const { checkHubCaChallenge } = await loadX509();
            const result = await checkHubCaChallenge(values.ca_cert_pem, values.challenge_cert_pem, hub.id);
            if (result.problems.length > 0) throw FieldProblems.from(result.problems);
            await setCa.mutateAsync(values);
          });
          if (!done) return;
          form.reset();
          notifications.show({ color: 'teal', title: 'Certificate authority set', message: `${hub.name} now trusts your CA.` });
        })}
      >
        <UnsavedChangesGuard when={form.isDirty() && !submitting} />
        <Stack gap="sm" maw={720}>
          <MonoTextarea label="CA certificate (PEM)" required minRows={4} maxRows={12} placeholder="-----BEGIN CERTIFICATE-----" {...form.getInputProps('ca_cert_pem')} />
          <MonoTextarea
            label="Challenge certificate (PEM)"
            required
            minRows={4}
            maxRows={12}
            placeholder="-----BEGIN CERTIFICATE-----"
            description={`Signed by the CA above, with common name ${hub.id}.`}
            {...form.getInputProps('challenge_cert_pem')}
          />
          <FormErrorAlert title="The certificate authority was not set" messages={formErrors} />
          <FormActions align="start" submitLabel="Set certificate authority" submitting={submitting} />
        </Stack>
      </form>
    </HeadedSection>
  );
}
