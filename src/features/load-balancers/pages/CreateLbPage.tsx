import { Checkbox, MultiSelect, Radio, Stack, TagsInput, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DEFAULT_LB_TYPE, LB_NAME_MAX, type SslCompatibilityLevel } from '../../../api/scaleway-lb/types';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { FormActions } from '../../../components/FormActions';
import { ResourceBreadcrumbs } from '../../../components/ResourcePageHeader';
import { PageTitle } from '../../../components/PageTitle';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';
import { applyApiFieldErrors } from '../../../lib/form-errors';
import { useProfile } from '../../../lib/use-profiles';
import { useScalewayRegion } from '../../../lib/use-scaleway-region';
import { ipQueries, lbQueries } from '../../../api/scaleway-lb/queries';
import { useCreateLb } from '../api/use-create-lb';
import { SslLevelField } from '../components/SslLevelField';
import { remapFieldErrors } from '../../../lib/field-errors';
import { STOCK_LABELS } from '../lib/lb-labels';
import { validateLbName, validateTags } from '../lib/lb-validation';
import { FormErrorAlert } from '../../../components/FormErrorAlert';

type IpMode = 'new' | 'existing' | 'none';

interface CreateLbValues {
  name: string;
  description: string;
  type: string;
  tags: string[];
  ssl: SslCompatibilityLevel;
  ipMode: IpMode;
  ipv6: boolean;
  ipIds: string[];
  project_id: string;
  [key: string]: unknown;
}

export function CreateLbPage() {
  const region = useScalewayRegion();
  const profile = useProfile('scaleway');
  const navigate = useNavigate();
  const createLb = useCreateLb(region);
  const types = useQuery(lbQueries.types(region));
  const ips = useQuery(ipQueries.everything(region));
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<CreateLbValues>({
    initialValues: { name: '', description: '', type: DEFAULT_LB_TYPE, tags: [], ssl: 'ssl_compatibility_level_intermediate', ipMode: 'new', ipv6: false, ipIds: [], project_id: profile.projectId },
    validate: {
      name: validateLbName,
      type: (v) => (v ? null : 'Choose a type'),
      tags: validateTags,
      ipIds: (v, values) => (values.ipMode === 'existing' && v.length === 0 ? 'Choose at least one flexible IP, or assign a new one' : null),
      project_id: (v) => (/^[0-9a-fA-F-]{36}$/.test(v.trim()) ? null : 'Enter the project ID (a UUID; Settings holds the default)'),
    },
  });
  const values = form.getValues();
  const freeIps = (ips.data ?? []).filter((ip) => !ip.lb_id);

  return (
    <>
      <ResourceBreadcrumbs list="Load balancers" to={`/load-balancers?region=${region}`} current="Create load balancer" />
      <PageTitle title="Create load balancer" subtitle={`The load balancer will be created in ${region}. Change the region in the header.`} />
      <form
        noValidate
        onSubmit={form.onSubmit((v) => {
          setFormErrors([]);
          createLb.mutate(
            {
              project_id: v.project_id.trim(),
              name: v.name.trim(),
              description: v.description,
              type: v.type,
              tags: v.tags,
              ssl_compatibility_level: v.ssl,
              assign_flexible_ip: v.ipMode === 'new',
              assign_flexible_ipv6: v.ipv6,
              ip_ids: v.ipMode === 'existing' ? v.ipIds : undefined,
            },
            {
              onSuccess: (lb) => {
                form.resetDirty();
                notifications.show({ color: 'teal', title: 'Load balancer created', message: `${lb.name} is being created; it is ready in a few seconds.` });
                navigate(`/load-balancers/${region}/${lb.id}`, { replace: true });
              },
              onError: (error) => setFormErrors(applyApiFieldErrors(form, remapFieldErrors(error, { ssl_compatibility_level: 'ssl' }, { ip_ids: 'ipIds', tags: 'tags' }))),
            },
          );
        })}
      >
        <UnsavedChangesGuard when={form.isDirty() && !createLb.isPending && !createLb.isSuccess} />
        <Stack gap="lg" maw={760}>
          <Stack gap="sm">
            <TextInput label="Name" required description={`Up to ${LB_NAME_MAX} characters.`} autoComplete="off" {...form.getInputProps('name')} />
            <Textarea label="Description" autosize minRows={2} maxRows={5} {...form.getInputProps('description')} />
            <TagsInput label="Tags" description="Press Enter after each tag. Tags filter the list and group resources." clearable {...form.getInputProps('tags')} />
            <TextInput label="Project ID" required description="The Scaleway project that owns the load balancer." autoComplete="off" {...form.getInputProps('project_id')} />
          </Stack>

          <div>
            <Title order={2} size="h4" mb="xs">
              Type
            </Title>
            {types.isPending ? <LoadingState label="Loading the offer types…" /> : null}
            {types.isError ? <ErrorState error={types.error} onRetry={() => void types.refetch()} title="Could not load the offer types" /> : null}
            {types.data ? (
              <Radio.Group label="Offer type" description="Bandwidth and connection rate grow with the type; you can migrate later." required {...form.getInputProps('type')}>
                <Stack gap="xs" mt="xs">
                  {types.data.map((t) => (
                    <Radio
                      key={t.name}
                      value={t.name}
                      disabled={t.stock_status === 'out_of_stock'}
                      label={`${t.name}${t.stock_status === 'available' ? '' : ` (${STOCK_LABELS[t.stock_status]})`}`}
                      description={t.description}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            ) : null}
          </div>

          <div>
            <Title order={2} size="h4" mb="xs">
              TLS
            </Title>
            <SslLevelField value={values.ssl} onChange={(v) => form.setFieldValue('ssl', v)} error={form.errors.ssl} />
          </div>

          <div>
            <Title order={2} size="h4" mb="xs">
              Public IP addresses
            </Title>
            <Radio.Group label="IPv4 address" {...form.getInputProps('ipMode')}>
              <Stack gap="xs" mt="xs">
                <Radio value="new" label="Assign a new flexible IPv4" description="A new address is reserved in your account; you can keep it when the load balancer is deleted." />
                <Radio value="existing" label="Use flexible IPs I already have" description={freeIps.length ? `${freeIps.length} unattached in ${region}.` : `No unattached flexible IP in ${region}.`} disabled={ips.isSuccess && freeIps.length === 0} />
                <Radio value="none" label="No public IPv4" description="Reachable only through its private networks (or IPv6, below)." />
              </Stack>
            </Radio.Group>
            {values.ipMode === 'existing' ? (
              <MultiSelect
                mt="sm"
                label="Flexible IPs"
                placeholder="Choose addresses"
                data={freeIps.map((ip) => ({ value: ip.id, label: `${ip.ip_address}${ip.reverse ? ` (${ip.reverse})` : ''}` }))}
                searchable
                {...form.getInputProps('ipIds')}
              />
            ) : null}
            <Checkbox mt="sm" label="Also assign a new flexible IPv6" description="Devices on IPv6-only networks (many cellular ones) can then connect directly." {...form.getInputProps('ipv6', { type: 'checkbox' })} />
          </div>

          <FormErrorAlert title="The load balancer was not created" messages={formErrors} />
          <FormActions align="start" submitLabel="Create load balancer" onCancel={() => navigate(`/load-balancers?region=${region}`)} submitting={createLb.isPending} />
        </Stack>
      </form>
    </>
  );
}
