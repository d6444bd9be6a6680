import { Anchor, Badge, Breadcrumbs, Button, Group, Skeleton, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { AkamaiJurisdiction, Configuration } from '../../../api/akamai/types';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingLine } from '../../../components/LoadingState';
import { DataTable } from '../../../components/DataTable';
import { RemoveIconButton } from '../../../components/RemoveIconButton';
import { PageTitle } from '../../../components/PageTitle';
import { formatDateTime, formatInteger } from '../../../lib/format';
import { namespaceQueries } from '../../../api/akamai/queries';
import { ActiveVersionCell } from '../components/ActiveVersion';
import { CreateConfigurationDialog } from '../components/CreateConfigurationDialog';
import { DeleteConfigurationDialog } from '../components/DeleteConfigurationDialog';
import { RemoveNamespaceDialog } from '../components/RemoveNamespaceDialog';
import { AKAMAI_JURISDICTIONS, JURISDICTION_NAMES } from '../lib/jurisdictions';

export function NamespacePage() {
  const { namespace = '' } = useParams();
  const navigate = useNavigate();
  const reservation = useQuery(namespaceQueries.reservation(namespace));
  const configurations = useQuery(namespaceQueries.configurations(namespace));
  const [creating, setCreating] = useState<{ jurisdiction: AkamaiJurisdiction | null } | null>(null);
  const [deleting, setDeleting] = useState<AkamaiJurisdiction | null>(null);
  const [removing, setRemoving] = useState(false);
  const byJurisdiction = new Map<string, Configuration>((configurations.data ?? []).map((c) => [c.jurisdiction, c]));
  const configHref = (j: string) => `/namespaces/${encodeURIComponent(namespace)}/configurations/${j}`;
  const owner = reservation.data?.owner;
  /** A cell of a jurisdiction's configuration: a placeholder while loading, `missing` when there is none. */
  const configCell =
    (render: (configuration: Configuration, jurisdiction: AkamaiJurisdiction) => ReactNode, missing: (jurisdiction: AkamaiJurisdiction) => ReactNode = () => null) =>
    (j: AkamaiJurisdiction) => {
      if (configurations.isPending) return <Skeleton height={14} />;
      const c = byJurisdiction.get(j);
      return c ? render(c, j) : missing(j);
    };

  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/namespaces">
          Namespaces
        </Anchor>
        <Text size="sm">{namespace}</Text>
      </Breadcrumbs>
      <PageTitle
        title={namespace}
        subtitle={
          reservation.data
            ? `Reserved ${formatDateTime(reservation.data.reserved)}${owner?.createdBy ? ` by ${owner.createdBy}` : ''}${owner?.accountId ? ` · account ${owner.accountId}` : ''}`
            : reservation.data === null
              ? 'Not found among your account’s reservations.'
              : undefined
        }
        actions={
          <>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating({ jurisdiction: null })} disabled={!configurations.data || configurations.data.length >= AKAMAI_JURISDICTIONS.length}>
              Create configuration
            </Button>
            <Button color="red" variant="light" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setRemoving(true)}>
              Remove namespace
            </Button>
          </>
        }
      />
      <Text size="sm" c="dimmed" mb="sm">
        One configuration per jurisdiction, each with its own ACL, versions and active version.
      </Text>
      {configurations.isError && !configurations.data ? (
        <ErrorState error={configurations.error} onRetry={() => void configurations.refetch()} retrying={configurations.isFetching} title="Could not load the configurations" />
      ) : (
        <DataTable
          label="Configurations by jurisdiction"
          minWidth={880}
          busy={configurations.isFetching}
          rows={AKAMAI_JURISDICTIONS}
          rowKey={(j) => j}
          columns={[
            {
              header: 'Jurisdiction',
              cell: (j) => (
                <>
                  {byJurisdiction.has(j) ? (
                    <Anchor component={Link} to={configHref(j)} fw={500}>
                      {JURISDICTION_NAMES[j]}
                    </Anchor>
                  ) : (
                    <Text span size="sm" c="dimmed">
                      {JURISDICTION_NAMES[j]}
                    </Text>
                  )}{' '}
                  <Badge size="xs" variant="outline" color="gray">
                    {j}
                  </Badge>
                </>
              ),
            },
            {
              header: 'ACL rules',
              cell: configCell(
                (c) => formatInteger(c.acls.length),
                () => (
                  <Text size="sm" c="dimmed">
                    Not configured
                  </Text>
                ),
              ),
            },
            { header: 'Storage', cell: configCell((c) => (c.storage != null ? `${formatInteger(c.storage)} MB` : '—')) },
            { header: 'Topic expiry', cell: configCell((c) => (c['topic-expiry'] != null ? `${formatInteger(c['topic-expiry'])} days` : '—')) },
            { header: 'Active version', cell: configCell((_, j) => <ActiveVersionCell namespace={namespace} jurisdiction={j} />) },
            {
              header: <VisuallyHidden>Actions</VisuallyHidden>,
              kind: 'nowrap',
              cell: configCell(
                (_, j) => (
                  <Group justify="flex-end" gap="xs" wrap="nowrap">
                    <Button component={Link} to={configHref(j)} size="xs" variant="light" aria-label={`Open the ${JURISDICTION_NAMES[j]} configuration`}>
                      Open
                    </Button>
                    <RemoveIconButton tooltip="Delete configuration" label={`Delete the ${JURISDICTION_NAMES[j]} configuration`} onClick={() => setDeleting(j)} />
                  </Group>
                ),
                (j) => (
                  <Group justify="flex-end">
                    <Button size="xs" variant="default" onClick={() => setCreating({ jurisdiction: j })} aria-label={`Create a configuration for ${JURISDICTION_NAMES[j]}`}>
                      Create
                    </Button>
                  </Group>
                ),
              ),
            },
          ]}
        />
      )}
      {configurations.isPending ? <LoadingLine label="Loading the configurations…" /> : null}
      {configurations.isError && configurations.data ? <ErrorState error={configurations.error} onRetry={() => void configurations.refetch()} title="Could not refresh the configurations" /> : null}
      <Group mt="sm">
        <Text size="xs" c="dimmed">
          Storage and topic expiry are read-only: Akamai sets them for your contract.
        </Text>
      </Group>
      <CreateConfigurationDialog
        namespace={namespace}
        existing={configurations.data ?? []}
        initialJurisdiction={creating?.jurisdiction ?? null}
        opened={creating !== null}
        onClose={() => setCreating(null)}
        onCreated={(j) => navigate(configHref(j))}
      />
      {deleting ? <DeleteConfigurationDialog namespace={namespace} jurisdiction={deleting} opened onClose={() => setDeleting(null)} onDeleted={() => setDeleting(null)} /> : null}
      <RemoveNamespaceDialog namespace={namespace} opened={removing} onClose={() => setRemoving(false)} onRemoved={() => navigate('/namespaces', { replace: true })} />
    </>
  );
}
