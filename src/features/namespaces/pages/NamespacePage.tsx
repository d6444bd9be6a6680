import { Anchor, Badge, Breadcrumbs, Button, Group, Skeleton, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { AkamaiJurisdiction, Configuration } from '../../../api/akamai/types';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingLine } from '../../../components/LoadingState';
import { NativeTable } from '../../../components/NativeTable';
import { RemoveIconButton } from '../../../components/RemoveIconButton';
import { PageTitle } from '../../../components/PageTitle';
import { TableScroll } from '../../../components/TableScroll';
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
        <TableScroll minWidth={880}>
          <NativeTable aria-label="Configurations by jurisdiction" aria-busy={configurations.isFetching}>
            <thead>
              <tr>
                <th>Jurisdiction</th>
                <th>ACL rules</th>
                <th>Storage</th>
                <th>Topic expiry</th>
                <th>Active version</th>
                <th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </th>
              </tr>
            </thead>
            <tbody>
              {AKAMAI_JURISDICTIONS.map((j) => {
                const c = byJurisdiction.get(j);
                return (
                  <tr key={j}>
                    <td>
                      {c ? (
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
                    </td>
                    {configurations.isPending ? (
                      <td colSpan={5}>
                        <Skeleton height={14} />
                      </td>
                    ) : c ? (
                      <>
                        <td>{formatInteger(c.acls.length)}</td>
                        <td>{c.storage != null ? `${formatInteger(c.storage)} MB` : '—'}</td>
                        <td>{c['topic-expiry'] != null ? `${formatInteger(c['topic-expiry'])} days` : '—'}</td>
                        <td>
                          <ActiveVersionCell namespace={namespace} jurisdiction={j} />
                        </td>
                        <td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                          <Button component={Link} to={configHref(j)} size="xs" variant="light" aria-label={`Open the ${JURISDICTION_NAMES[j]} configuration`}>
                            Open
                          </Button>{' '}
                          <RemoveIconButton tooltip="Delete configuration" label={`Delete the ${JURISDICTION_NAMES[j]} configuration`} onClick={() => setDeleting(j)} />
                        </td>
                      </>
                    ) : (
                      <>
                        <td colSpan={4}>
                          <Text size="sm" c="dimmed">
                            Not configured
                          </Text>
                        </td>
                        <td style={{ textAlign: 'right' }}>
                          <Button size="xs" variant="default" onClick={() => setCreating({ jurisdiction: j })} aria-label={`Create a configuration for ${JURISDICTION_NAMES[j]}`}>
                            Create
                          </Button>
                        </td>
                      </>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </NativeTable>
        </TableScroll>
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
