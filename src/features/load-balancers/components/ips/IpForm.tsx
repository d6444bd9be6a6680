import { Code, Stack, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Ip } from '../../../../api/scaleway-lb/types';
import { FormActions } from '../../../../components/FormActions';
import { FormErrorAlert } from '../../../../components/FormErrorAlert';
import { remapFieldErrors } from '../../../../lib/field-errors';
import { useFormSubmit } from '../../../../lib/use-form-submit';
import { useProfile } from '../../../../lib/use-profiles';
import { validateHostname } from '../../../../lib/validators';
import { useCreateIp } from '../../api/use-create-ip';
import { useUpdateIp } from '../../api/use-update-ip';
import { validateTags } from '../../lib/lb-validation';

interface IpValues {
  is_ipv6: boolean;
  reverse: string;
  tags: string[];
  [key: string]: unknown;
}

/** Creates a flexible IP, or edits the reverse DNS and tags of one. */
export function IpForm({ ip, region, onDone }: { ip?: Ip; region: string; onDone: () => void }) {
  const profile = useProfile('scaleway');
  const createIp = useCreateIp(region);
  const updateIp = useUpdateIp(region);
  const form = useForm<IpValues>({
    initialValues: { is_ipv6: false, reverse: ip?.reverse ?? '', tags: ip?.tags ?? [] },
    validate: { reverse: (v) => validateHostname(v, { required: false }), tags: validateTags },
  });
  const { submitting, formErrors, run } = useFormSubmit(form);
  // The API names each bad tag by position ("tags.1"): they all go to the Tags field.
  const mapError = (error: unknown) => remapFieldErrors(error, {}, { tags: 'tags' });
  const save = async (v: IpValues) => {
    if (ip) {
      const updated = await updateIp.mutateAsync({ ipId: ip.id, body: { reverse: v.reverse.trim(), tags: v.tags } });
      notifications.show({ color: 'teal', title: 'Flexible IP saved', message: `${updated.ip_address} now resolves back to ${updated.reverse || 'the default name'}.` });
    } else {
      const created = await createIp.mutateAsync({ project_id: profile.projectId, is_ipv6: v.is_ipv6, reverse: v.reverse.trim() || undefined, tags: v.tags });
      notifications.show({ color: 'teal', title: 'Flexible IP created', message: `${created.ip_address} is reserved in ${region}.` });
    }
  };
  return (
    <form noValidate onSubmit={form.onSubmit((v) => void run(v, () => save(v), mapError).then((ok) => ok && onDone()))}>
      <Stack gap="sm">
        {ip ? (
          <Text size="sm">
            Address: <Code>{ip.ip_address}</Code>
          </Text>
        ) : (
          <Switch label="IPv6" description="Off: an IPv4 address." {...form.getInputProps('is_ipv6', { type: 'checkbox' })} />
        )}
        <TextInput label="Reverse DNS" description="The name a reverse lookup of the address returns. Empty: Scaleway's default name. The name should resolve to the address." placeholder="mqtt.example.com" {...form.getInputProps('reverse')} />
        <TagsInput label="Tags" description="Press Enter after each tag." clearable {...form.getInputProps('tags')} />
        <FormErrorAlert title="The flexible IP was not saved" messages={formErrors} />
        <FormActions submitLabel={ip ? 'Save' : 'Create flexible IP'} onCancel={onDone} submitting={submitting} />
      </Stack>
    </form>
  );
}
