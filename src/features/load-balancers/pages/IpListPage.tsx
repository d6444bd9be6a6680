import { ActionIcon, Anchor, Badge, Button, Code, Group, Modal, NativeSelect, Stack, Switch, TagsInput, Text, TextInput, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { IP_TYPES, LB_PAGE_SIZE_MAX, type Ip, type IpType } from '../../../api/scaleway-lb/types';
import { EmptyState } from '../../../components/EmptyState';
import { SkeletonRows } from '../../../components/SkeletonRows';
import { ErrorState } from '../../../components/ErrorState';
import { NativeTable } from '../../../components/NativeTable';
import { PageTitle } from '../../../components/PageTitle';
import { PaginationBar } from '../../../components/PaginationBar';
import { TableScroll } from '../../../components/TableScroll';
import { applyApiFieldErrors } from '../../../lib/form-errors';
import { useProfile } from '../../../lib/use-profiles';
import { useScalewayRegion } from '../../../lib/use-scaleway-region';
import { enumParam, intParam, stringParam, useUrlState, type ParamSpec } from '../../../lib/use-url-state';
import { ipQueries, lbQueries, type IpListFilters } from '../../../api/scaleway-lb/queries';
import { useCreateIp } from '../api/use-create-ip';
import { useReleaseIp } from '../api/use-release-ip';
import { useUpdateIp } from '../api/use-update-ip';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { LbAreaNav } from '../components/LbAreaNav';
import { remapFieldErrors } from '../../../lib/field-errors';
import { validateTags } from '../lib/lb-validation';
import { validateHostname } from '../../../lib/validators';
import { FormActions } from '../../../components/FormActions';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { RowActions } from '../components/RowActions';
import { TagBadges } from '../components/TagBadges';

const URL_SPEC: ParamSpec<Omit<IpListFilters, 'ipType'> & { type: IpType }> = {
  page: intParam(1),
  pageSize: intParam(20, 1, LB_PAGE_SIZE_MAX),
  type: enumParam(IP_TYPES, 'all'),
  tag: stringParam(),
};
const TYPE_LABELS: Record<IpType, string> = { all: 'IPv4 and IPv6', ipv4: 'IPv4 only', ipv6: 'IPv6 only' };

interface IpValues {
  is_ipv6: boolean;
  reverse: string;
  tags: string[];
  [key: string]: unknown;
}

function IpForm({ ip, region, onDone }: { ip?: Ip; region: string; onDone: () => void }) {
  const profile = useProfile('scaleway');
  const createIp = useCreateIp(region);
  const updateIp = useUpdateIp(region);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<IpValues>({
    initialValues: { is_ipv6: false, reverse: ip?.reverse ?? '', tags: ip?.tags ?? [] },
    validate: { reverse: (v) => validateHostname(v, { required: false }), tags: validateTags },
  });
  const pending = createIp.isPending || updateIp.isPending;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        setFormErrors([]);
        const onError = (error: Error) => setFormErrors(applyApiFieldErrors(form, remapFieldErrors(error, {}, { tags: 'tags' })));
        if (ip) {
          updateIp.mutate(
            { ipId: ip.id, body: { reverse: v.reverse.trim(), tags: v.tags } },
            {
              onSuccess: (updated) => {
                notifications.show({ color: 'teal', title: 'Flexible IP saved', message: `${updated.ip_address} now resolves back to ${updated.reverse || 'the default name'}.` });
                onDone();
              },
              onError,
            },
          );
        } else {
          createIp.mutate(
            { project_id: profile.projectId, is_ipv6: v.is_ipv6, reverse: v.reverse.trim() || undefined, tags: v.tags },
            {
              onSuccess: (created) => {
                notifications.show({ color: 'teal', title: 'Flexible IP created', message: `${created.ip_address} is reserved in ${region}.` });
                onDone();
              },
              onError,
            },
          );
        }
      })}
    >
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
        <FormActions submitLabel={ip ? 'Save' : 'Create flexible IP'} onCancel={onDone} submitting={pending} />
      </Stack>
    </form>
  );
}

export function IpListPage() {
  const region = useScalewayRegion();
  const [url, setUrl] = useUrlState(URL_SPEC);
  const [tagInput, setTagInput] = useState(url.tag);
  const commitTag = useDebouncedCallback((tag: string) => setUrl({ tag: tag.trim(), page: 1 }, { replace: true }), 300);
  const query = useQuery(ipQueries.list(region, { page: url.page, pageSize: url.pageSize, ipType: url.type, tag: url.tag }));
  const lbs = useQuery(lbQueries.everything(region));
  const releaseIp = useReleaseIp(region);
  const [editing, setEditing] = useState<Ip | 'new' | null>(null);
  const [releasing, setReleasing] = useState<Ip | null>(null);
  const lbName = (id: string) => lbs.data?.find((lb) => lb.id === id)?.name;

  return (
    <>
      <PageTitle
        title="Flexible IPs"
        subtitle={`Public addresses for load balancers in ${region}. They outlive a load balancer unless released.`}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            Create flexible IP
          </Button>
        }
      />
      <LbAreaNav region={region} />
      <Group mb="md" align="flex-end">
        <NativeSelect label="Address family" data={IP_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))} value={url.type} onChange={(e) => setUrl({ type: e.currentTarget.value as IpType, page: 1 })} w={180} />
        <TextInput
          label="Filter by tag"
          value={tagInput}
          onChange={(e) => {
            setTagInput(e.currentTarget.value);
            commitTag(e.currentTarget.value);
          }}
          w={200}
        />
      </Group>
      {query.isError && !query.data ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} title="Could not load the flexible IPs" />
      ) : (
        <>
          <TableScroll minWidth={900}>
            <NativeTable aria-label="Flexible IPs" aria-busy={query.isFetching}>
              <thead>
                <tr>
                  <th>Address</th>
                  <th>Reverse DNS</th>
                  <th>Load balancer</th>
                  <th>Tags</th>
                  <th>Zone</th>
                  <th>Actions</th>
                </tr>
              </thead>
              <tbody>
                {query.isPending
                  ? <SkeletonRows rows={4} columns={6} />
                  : query.data?.ips.map((ip) => (
                      <tr key={ip.id}>
                        <td>
                          <Code>{ip.ip_address}</Code>{' '}
                          <Badge size="xs" variant="light" color="gray">
                            {ip.ip_address.includes(':') ? 'IPv6' : 'IPv4'}
                          </Badge>
                        </td>
                        <td style={{ overflowWrap: 'anywhere' }}>{ip.reverse || '—'}</td>
                        <td>
                          {ip.lb_id ? (
                            <Anchor component={Link} to={`/load-balancers/${region}/${ip.lb_id}`}>
                              {lbName(ip.lb_id) ?? ip.lb_id.slice(0, 8)}
                            </Anchor>
                          ) : (
                            <Text size="sm" c="dimmed">
                              Not attached
                            </Text>
                          )}
                        </td>
                        <td>
                          <TagBadges tags={ip.tags} />
                        </td>
                        <td>{ip.zone}</td>
                        <td>
                          <RowActions name={ip.ip_address} onEdit={() => setEditing(ip)}>
                            <Tooltip label={ip.lb_id ? 'Attached: delete its load balancer and choose to release the IP' : `Release ${ip.ip_address}`}>
                              {/* aria-disabled rather than disabled: a disabled button gets no hover, so the tooltip could not say why. */}
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                aria-label={`Release ${ip.ip_address}`}
                                aria-disabled={Boolean(ip.lb_id)}
                                data-disabled={ip.lb_id ? true : undefined}
                                onClick={() => (ip.lb_id ? undefined : setReleasing(ip))}
                              >
                                <IconTrash size={16} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                          </RowActions>
                        </td>
                      </tr>
                    ))}
              </tbody>
            </NativeTable>
          </TableScroll>
          {query.isPending ? (
            // Skeleton rows say nothing to a screen reader: announce the wait too, as the LB list does.
            <Text size="sm" c="dimmed" role="status">
              Loading flexible IPs…
            </Text>
          ) : null}
          {query.data && query.data.ips.length === 0 ? <EmptyState title={url.tag || url.type !== 'all' ? 'No flexible IP matches these filters' : `No flexible IP in ${region}`} /> : null}
          {query.data ? (
            <PaginationBar page={url.page} pageSize={url.pageSize} total={query.data.total_count} onPage={(page) => setUrl({ page })} onPageSize={(pageSize) => setUrl({ pageSize, page: 1 })} itemLabel="flexible IPs" />
          ) : null}
        </>
      )}
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'Create flexible IP' : `Edit ${editing?.ip_address ?? ''}`}>
        {editing !== null ? <IpForm ip={editing === 'new' ? undefined : editing} region={region} onDone={() => setEditing(null)} /> : null}
      </Modal>
      <DeleteDialog
        target={releasing}
        onClose={() => setReleasing(null)}
        mutation={releaseIp}
        variables={(ip) => ip.id}
        title="Release flexible IP"
        doneTitle="Flexible IP released"
        name={(ip) => ip.ip_address}
        requireTypedName
        confirmLabel="Release IP"
        description={() => 'The address goes back to Scaleway and cannot be recovered: DNS records and device configurations pointing at it stop working.'}
        done={(ip) => `${ip.ip_address} was released.`}
      />
    </>
  );
}
