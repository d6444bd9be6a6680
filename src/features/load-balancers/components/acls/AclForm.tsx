import { Alert, Checkbox, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ACL_HTTP_FILTERS, ACL_REDIRECT_CODES, type Acl, type AclActionType, type AclInput, type Protocol } from '../../../../api/scaleway-lb/types';
import { UnsavedChangesGuard } from '../../../../components/UnsavedChangesGuard';
import { aclToValues, aclValidation, describeAction, describeMatch, valuesToAclInput, type AclValues } from '../../lib/acl-form';
import { remapFieldErrors } from '../../../../lib/field-errors';
import { HTTP_FILTER_LABELS } from '../../lib/lb-labels';
import { FormErrorAlert } from '../../../../components/FormErrorAlert';

import { FormActions } from '../../../../components/FormActions';
import { FormSection } from '../../../../components/FormSection';
import { LabeledSegments } from '../LabeledSegments';
import { MonoTextarea } from '../../../../components/MonoTextarea';
import { useFormSubmit } from '../../../../lib/use-form-submit';

const FIELD_MAP: Readonly<Record<string, string>> = {
  'action.type': 'action',
  'action.redirect.target': 'redirect_target',
  'action.redirect.type': 'redirect_type',
  'action.redirect.code': 'redirect_code',
  match: 'http_filter',
  'match.http_filter': 'http_filter',
  'match.http_filter_option': 'http_filter_option',
  'match.ips_edge_services': 'ips_edge_services',
  'match.invert': 'invert',
};

/** What a matching rule does (a redirect rewrites HTTP: not offered on a TCP frontend). */
const ACTIONS: readonly { value: AclActionType; label: string }[] = [
  { value: 'allow', label: 'Allow' },
  { value: 'deny', label: 'Deny' },
  { value: 'redirect', label: 'Redirect' },
];

const REDIRECT_TYPES = [
  { value: 'location', label: 'To a URL' },
  { value: 'scheme', label: 'Change the scheme' },
];

export function AclForm({ acl, nextIndex, protocol, submitLabel, onSubmit, onCancel }: { acl?: Acl; nextIndex: number; protocol: Protocol; submitLabel: string; onSubmit: (input: AclInput) => Promise<unknown>; onCancel: () => void }) {
  const form = useForm<AclValues>({ initialValues: aclToValues(acl, nextIndex), validate: aclValidation(protocol) });
  const { submitting, formErrors, run } = useFormSubmit(form);
  const v = form.getValues();
  const preview = valuesToAclInput(v);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => run(values, () => onSubmit(valuesToAclInput(values)), (error) => remapFieldErrors(error, FIELD_MAP, { 'match.ip_subnet': 'ip_subnet', 'match.http_filter_value': 'http_filter_value' }, (_l, i) => `Line ${i + 1}`)))}
    >
      <UnsavedChangesGuard when={form.isDirty() && !submitting} />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Name" required autoComplete="off" data-autofocus {...form.getInputProps('name')} />
          <NumberInput label="Index" required description="Rules run in ascending index; 0 runs first." min={0} allowDecimal={false} {...form.getInputProps('index')} />
        </SimpleGrid>
        <TextInput label="Description" description="Why the rule exists: the next person will thank you." {...form.getInputProps('description')} />

        <FormSection title="Match">
          <MonoTextarea
            label="IP subnets"
            description="Client addresses or CIDR subnets, IPv4 or IPv6, one per line. 0.0.0.0/0 and ::/0 match everyone."
            minRows={2}
            maxRows={8}
            {...form.getInputProps('ip_subnet')}
          />
          <Checkbox label="Match requests coming through Scaleway Edge Services" {...form.getInputProps('ips_edge_services', { type: 'checkbox' })} />
          <Select
            label="HTTP filter"
            data={ACL_HTTP_FILTERS.map((f) => ({ value: f, label: HTTP_FILTER_LABELS[f] }))}
            disabled={protocol !== 'http' && v.http_filter === 'acl_http_filter_none'}
            description={protocol !== 'http' ? 'This frontend forwards TCP: only IP conditions apply.' : 'Paths are matched without the query string, case-sensitively. Regexes are PCRE, searched anywhere in the path.'}
            allowDeselect={false}
            {...form.getInputProps('http_filter')}
          />
          {v.http_filter === 'http_header_match' ? <TextInput label="Header name" required placeholder="User-Agent" {...form.getInputProps('http_filter_option')} /> : null}
          {v.http_filter !== 'acl_http_filter_none' ? (
            <MonoTextarea
              label="Values"
              description={v.http_filter === 'http_header_match' ? 'Exact header values, one per line: any of them matches.' : 'One per line: any of them matches.'}
              required
              minRows={2}
              maxRows={8}
              {...form.getInputProps('http_filter_value')}
            />
          ) : null}
          <Checkbox label="Invert the match" description="The action runs when the condition does NOT hold." {...form.getInputProps('invert', { type: 'checkbox' })} />
        </FormSection>

        <FormSection title="Action">
          <LabeledSegments label="Action" data={ACTIONS.map((a) => ({ ...a, disabled: a.value === 'redirect' && protocol !== 'http' }))} {...form.getInputProps('action')} />
          {v.action === 'redirect' ? (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select label="Redirect type" data={REDIRECT_TYPES} allowDeselect={false} {...form.getInputProps('redirect_type')} />
              <TextInput label="Redirect target" required placeholder={v.redirect_type === 'scheme' ? 'https' : 'https://{{host}}{{path}}'} {...form.getInputProps('redirect_target')} />
              <Select label="Redirect code" data={ACL_REDIRECT_CODES.map((c) => ({ value: String(c), label: String(c) }))} allowDeselect={false} {...form.getInputProps('redirect_code')} />
            </SimpleGrid>
          ) : null}
        </FormSection>

        <Alert variant="light" color="gray" title="In words">
          <Text size="sm">
            {describeAction(preview.action as Acl['action'])} when {describeMatch({ ...preview.match, http_filter_option: preview.match.http_filter_option ?? null })}.
          </Text>
        </Alert>
        <FormErrorAlert title="The ACL was not saved" messages={formErrors} />
        <FormActions submitLabel={submitLabel} onCancel={onCancel} submitting={submitting} />
      </Stack>
    </form>
  );
}
