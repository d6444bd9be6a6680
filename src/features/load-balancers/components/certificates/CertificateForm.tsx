import { Alert, List, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useAsyncValue } from '../../../../lib/use-async-value';
import type { CreateCertificateRequest, Lb } from '../../../../api/scaleway-lb/types';
import { UnsavedChangesGuard } from '../../../../components/UnsavedChangesGuard';
import { formatDate } from '../../../../lib/format';
import { remapFieldErrors } from '../../../../lib/field-errors';
import { validateLbName } from '../../lib/lb-validation';
import { validateHostname } from '../../../../lib/validators';
import { FormErrorAlert } from '../../../../components/FormErrorAlert';

import { FormActions } from '../../../../components/FormActions';
import { LabeledSegments } from '../LabeledSegments';
import { MonoTextarea } from '../../../../components/MonoTextarea';
import { useFormSubmit } from '../../../../lib/use-form-submit';
import { ERROR_TEXT, WARNING_TEXT } from '../../../../components/text-colors';

/** The X.509 code is only fetched when someone imports a certificate. */
const loadChainInspector = () => import('../../../../lib/x509/certificate-chain');

/** The alternative names besides the common name, which certificates usually repeat there. */
function otherNames(leaf: { commonName: string | null; subjectAlternativeNames: string[] }): string[] {
  return leaf.subjectAlternativeNames.filter((n) => n !== leaf.commonName);
}

const SOURCES: readonly { value: CertificateValues['kind']; label: string }[] = [
  { value: 'letsencrypt', label: "Let's Encrypt" },
  { value: 'custom', label: 'Import a certificate' },
];

interface CertificateValues {
  name: string;
  kind: 'letsencrypt' | 'custom';
  common_name: string;
  alternative_names: string[];
  chain: string;
  [key: string]: unknown;
}

const inspectChain = async (pem: string) => (await loadChainInspector()).inspectCertificateChain(pem);

/** The pasted bundle (certificates and private key) is inspected in component state, never as a query key. */
function useChainInspection(pem: string) {
  const [debounced] = useDebouncedValue(pem, 250);
  const result = useAsyncValue(debounced.trim() === '' ? null : debounced, inspectChain);
  return result.status === 'done' ? result.value : undefined;
}

export function CertificateForm({ lb, onSubmit, onCancel }: { lb: Lb; onSubmit: (body: CreateCertificateRequest) => Promise<unknown>; onCancel: () => void }) {
  const form = useForm<CertificateValues>({
    initialValues: { name: '', kind: 'letsencrypt', common_name: '', alternative_names: [], chain: '' },
    validate: {
      name: validateLbName,
      common_name: (v, values) => (values.kind === 'letsencrypt' ? validateHostname(v) : null),
      alternative_names: (v, values) => (values.kind === 'letsencrypt' ? (v.map((n) => validateHostname(n)).find(Boolean) ?? null) : null),
      chain: (v, values) => (values.kind === 'custom' && v.trim() === '' ? 'Paste the certificate chain and its private key' : null),
    },
  });
  const { submitting, formErrors, run } = useFormSubmit(form);
  const v = form.getValues();
  const inspection = useChainInspection(v.kind === 'custom' ? v.chain : '');
  const blocking = v.kind === 'custom' && (inspection?.problems.length ?? 0) > 0;
  const addresses = lb.ip.map((ip) => ip.ip_address).join(', ');

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        if (values.kind === 'custom') {
          // The same check the API runs, on the exact text about to be sent.
          const result = await (await loadChainInspector()).inspectCertificateChain(values.chain);
          if (result.problems.length) {
            form.setFieldError('chain', result.problems.join(' '));
            return;
          }
        }
        const body: CreateCertificateRequest =
          values.kind === 'letsencrypt'
            ? { name: values.name.trim(), letsencrypt: { common_name: values.common_name.trim(), subject_alternative_name: values.alternative_names.map((n) => n.trim()) } }
            : { name: values.name.trim(), custom_certificate: { certificate_chain: values.chain } };
        await run(values, () => onSubmit(body), (error) =>
          remapFieldErrors(error, { 'letsencrypt.common_name': 'common_name', 'custom_certificate.certificate_chain': 'chain', letsencrypt: 'common_name' }, { 'letsencrypt.subject_alternative_name': 'alternative_names' }),
        );
      })}
    >
      <UnsavedChangesGuard when={form.isDirty() && !submitting} />
      <Stack gap="sm">
        <TextInput label="Name" required autoComplete="off" data-autofocus {...form.getInputProps('name')} />
        <LabeledSegments label="Source" data={SOURCES} {...form.getInputProps('kind')} />
        {v.kind === 'letsencrypt' ? (
          <>
            <Alert variant="light" color="blue">
              Let&apos;s Encrypt checks that every name resolves to this load balancer{addresses ? ` (${addresses})` : ''} and that port 80 reaches it. Create the DNS records first; the
              certificate renews itself.
            </Alert>
            <TextInput label="Common name" required placeholder="api.example.com" {...form.getInputProps('common_name')} />
            <TagsInput label="Alternative names" description="Other domain names in the same certificate. Press Enter after each." placeholder="www.example.com" {...form.getInputProps('alternative_names')} />
          </>
        ) : (
          <>
            <MonoTextarea
              label="Certificate chain (PEM)"
              required
              description="The server certificate, then its intermediates, then the unencrypted private key, all in PEM."
              minRows={6}
              maxRows={14}
              placeholder={'-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\n…'}
              {...form.getInputProps('chain')}
            />
            {inspection?.leaf ? (
              <Alert variant="light" color={inspection.problems.length ? 'red' : inspection.warnings.length ? 'orange' : 'teal'} title="What the bundle contains">
                <Stack gap={4}>
                  <Text size="sm">
                    {inspection.leaf.commonName ?? '(no common name)'}
                    {otherNames(inspection.leaf).length ? `, also ${otherNames(inspection.leaf).join(', ')}` : ''}
                  </Text>
                  <Text size="sm">
                    Valid {formatDate(inspection.leaf.notBefore)} to {formatDate(inspection.leaf.notAfter)}, {inspection.certificates.length} certificate(s),{' '}
                    {inspection.keyMatches === true ? 'the private key matches' : inspection.keyMatches === false ? 'the private key does NOT match' : 'key not checked'}.
                  </Text>
                </Stack>
              </Alert>
            ) : null}
            {inspection && (inspection.problems.length || inspection.warnings.length) ? (
              <List size="sm" aria-label="Certificate check">
                {[...inspection.problems.map((text) => ({ text, color: ERROR_TEXT })), ...inspection.warnings.map((text) => ({ text, color: WARNING_TEXT }))].map(({ text, color }) => (
                  <List.Item key={text}>
                    <Text size="sm" c={color}>
                      {text}
                    </Text>
                  </List.Item>
                ))}
              </List>
            ) : null}
          </>
        )}
        <FormErrorAlert title="The certificate was not created" messages={formErrors} />
        <FormActions submitLabel={v.kind === 'letsencrypt' ? 'Request certificate' : 'Import certificate'} onCancel={onCancel} submitting={submitting} disabled={blocking} />
      </Stack>
    </form>
  );
}
