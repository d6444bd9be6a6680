import { Button, Collapse, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../../api/errors/api-error';
import { certificateFingerprintProblem, normalizeCertificateFingerprint } from '../../../api/nexigon/formats';
import type { WireDeviceCertificateStatus } from '../../../api/nexigon/wire';
import { FormActions } from '../../../components/FormActions';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';
import { FieldProblems } from '../../../lib/form-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { checkCertificatePemShape, describePemProblem, readPemBlocks } from '../../../lib/x509/pem';
import { useAddCertificate } from '../api/use-add-certificate';
import { MONO_INPUT } from '../../../components/mono-input';

/** Conflict is the hub's finding, not something an operator declares. */
const INITIAL_STATUSES: Array<{ value: WireDeviceCertificateStatus; label: string }> = [
  { value: 'Pending', label: 'Pending (approve later)' },
  { value: 'Active', label: 'Active (trusted now)' },
  { value: 'Rejected', label: 'Rejected' },
  { value: 'Revoked', label: 'Revoked' },
];

interface Values {
  fingerprint: string;
  status: WireDeviceCertificateStatus;
  [key: string]: unknown;
}

/** SHA-256 over the certificate's DER bytes: the fingerprint the hub computes during mutual TLS. */
async function fingerprintOfPem(pem: string): Promise<string> {
  const block = readPemBlocks(pem).find((b) => b.label === 'CERTIFICATE');
  const der = Uint8Array.from(atob(block?.base64 ?? ''), (c) => c.charCodeAt(0));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', der));
  return [...digest].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':');
}

/** The hub refuses a fingerprint in its message only (no field names): that refusal belongs at the fingerprint field. */
function fingerprintRefusal(error: unknown): unknown {
  const message = errorMessage(error, 'The certificate could not be added.');
  return /fingerprint/i.test(message) ? new FieldProblems({ fingerprint: [message] }) : error;
}

export function AddCertificateForm({ deviceId, existing }: { deviceId: string; existing: readonly string[] }) {
  const add = useAddCertificate(deviceId);
  const [showPem, setShowPem] = useState(false);
  const [pem, setPem] = useState('');
  const [pemError, setPemError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { fingerprint: '', status: 'Pending' },
    validate: {
      fingerprint: certificateFingerprintProblem,
    },
  });

  const { submitting, formErrors, run } = useFormSubmit(form);

  const computeFromPem = async () => {
    const problem = checkCertificatePemShape(pem);
    if (problem) {
      setPemError(describePemProblem(problem, 'device certificate'));
      return;
    }
    setPemError(null);
    form.setFieldValue('fingerprint', await fingerprintOfPem(pem));
  };

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        const fingerprint = normalizeCertificateFingerprint(values.fingerprint) ?? values.fingerprint;
        // Checked here, not in the form's rules: those keep the list of the first render, and the list changes after each addition.
        if (existing.includes(fingerprint)) {
          form.setFieldError('fingerprint', 'This device already has this certificate');
          return;
        }
        const added = await run(values, () => add.mutateAsync({ fingerprint, status: values.status }), fingerprintRefusal);
        if (!added) return;
        notifications.show({ color: 'teal', title: 'Certificate added', message: `${fingerprint.slice(0, 23)}… was added as ${values.status}.` });
        form.reset();
        setPem('');
      })}
    >
      <UnsavedChangesGuard when={form.isDirty() && !submitting} />
      <Stack gap="sm" maw={760}>
        <TextInput
          label="Certificate fingerprint (SHA-256)"
          description="32 bytes in hexadecimal; colons, spaces and lower case are accepted (e.g. the output of openssl x509 -fingerprint -sha256)."
          styles={MONO_INPUT}
          autoComplete="off"
          spellCheck={false}
          {...form.getInputProps('fingerprint')}
        />
        <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setShowPem((s) => !s)} aria-expanded={showPem}>
          {showPem ? 'Hide PEM input' : 'Compute it from a PEM certificate'}
        </Button>
        <Collapse expanded={showPem}>
          <Stack gap="xs">
            <Textarea
              label="Device certificate (PEM)"
              description="Only the fingerprint is sent to the hub; the certificate stays in your browser."
              autosize
              minRows={4}
              maxRows={10}
              styles={MONO_INPUT}
              value={pem}
              onChange={(e) => setPem(e.currentTarget.value)}
              error={pemError}
            />
            <Button variant="light" size="compact-sm" w="fit-content" onClick={() => void computeFromPem()}>
              Compute fingerprint
            </Button>
          </Stack>
        </Collapse>
        <NativeSelect label="Initial status" data={INITIAL_STATUSES} w={280} {...form.getInputProps('status')} />
        <FormErrorAlert title="The certificate was not added" messages={formErrors} />
        <FormActions align="start" submitLabel="Add certificate" submitting={submitting} />
      </Stack>
    </form>
  );
}
