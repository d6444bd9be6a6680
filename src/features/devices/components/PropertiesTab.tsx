import { Button, Code, Group, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../../api/errors/api-error';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import type { DeviceProperty } from '../../../api/nexigon/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { DataTable } from '../../../components/DataTable';
import { QueryContent } from '../../../components/QueryContent';
import { formatInteger } from '../../../lib/format';
import { useRemoveProperty } from '../api/use-remove-property';
import { compactJson } from '../lib/json-text';
import { PropertyDialog, type PropertyDialogMode } from './PropertyDialog';
import { ProtectedBadge } from './StatusBadges';
import { TimeText } from './TimeText';

const collator = new Intl.Collator(undefined, { numeric: true });

/** The property's name, marked when only users and API tokens may change it. */
function PropertyName({ property }: { property: DeviceProperty }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Code style={{ overflowWrap: 'anywhere' }}>{property.name}</Code>
      {property.protected ? <ProtectedBadge size="sm" /> : null}
    </Group>
  );
}

export function PropertiesTab({ deviceId }: { deviceId: string }) {
  const query = useQuery(nexigonDeviceQueries.properties(deviceId));
  const remove = useRemoveProperty(deviceId);
  const [filter, setFilter] = useState('');
  const [dialog, setDialog] = useState<PropertyDialogMode | null>(null);
  const [removing, setRemoving] = useState<DeviceProperty | null>(null);
  const properties = useMemo(() => [...(query.data ?? [])].sort((a, b) => collator.compare(a.name, b.name)), [query.data]);
  const shown = properties.filter((p) => p.name.toLowerCase().includes(filter.trim().toLowerCase()));
  const names = properties.map((p) => p.name);
  const closeRemove = () => {
    remove.reset();
    setRemoving(null);
  };

  return (
    <>
      <Group mb="md" justify="space-between" align="flex-end">
        <TextInput label="Filter properties" placeholder="Name" leftSection={<IconSearch size={14} aria-hidden />} value={filter} onChange={(e) => setFilter(e.currentTarget.value)} w={260} />
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'add' })}>
          Add property
        </Button>
      </Group>
      <QueryContent
        query={query}
        what="the properties"
        loadingLabel="Loading properties…"
        isEmpty={() => shown.length === 0}
        empty={<EmptyState title={properties.length === 0 ? 'No properties' : 'No property matches'} description={properties.length === 0 ? 'Properties are JSON values set by the device or by you.' : undefined} />}
      >
        {() => (
          <>
            <Text size="sm" c="dimmed" mb="xs" role="status">
              {formatInteger(shown.length)} of {formatInteger(properties.length)} properties
            </Text>
            <DataTable
              label="Properties"
              minWidth={860}
              rows={shown}
              rowKey={(p) => p.name}
              columns={[
                { header: 'Name', cell: (p) => <PropertyName property={p} /> },
                {
                  header: 'Value',
                  cell: (p) => (
                    <Text size="sm" ff="monospace" maw={380} truncate title={compactJson(p.value, 2000)}>
                      {compactJson(p.value, 90)}
                    </Text>
                  ),
                },
                { header: 'Version', width: 80, cell: (p) => p.version },
                { header: 'Last updated', width: 150, cell: (p) => <TimeText value={p.lastUpdated} /> },
                {
                  header: 'Actions',
                  width: 200,
                  cell: (p) => (
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-sm" variant="subtle" onClick={() => setDialog({ kind: 'view', property: p })} aria-label={`View ${p.name}`}>
                        View
                      </Button>
                      <Button size="compact-sm" variant="light" onClick={() => setDialog({ kind: 'edit', property: p })} aria-label={`Edit ${p.name}`}>
                        Edit
                      </Button>
                      <Button size="compact-sm" variant="subtle" color="red" onClick={() => setRemoving(p)} aria-label={`Remove ${p.name}`}>
                        Remove
                      </Button>
                    </Group>
                  ),
                },
              ]}
            />
          </>
        )}
      </QueryContent>
      <PropertyDialog deviceId={deviceId} mode={dialog} existingNames={names} onClose={() => setDialog(null)} />
      <ConfirmDialog
        opened={removing !== null}
        onClose={closeRemove}
        title="Remove property"
        resourceName={removing?.name ?? ''}
        description={
          removing?.name.startsWith('dev.nexigon.')
            ? 'This property is read by the Nexigon agent; the device may report it again or lose the behaviour it configures.'
            : 'The property and its value are removed from the device.'
        }
        confirmLabel="Remove property"
        loading={remove.isPending}
        error={remove.isError ? (errorMessage(remove.error, 'The property could not be removed.')) : undefined}
        onConfirm={() => {
          if (!removing) return;
          const name = removing.name;
          remove.mutate(name, {
            onSuccess: (result) => {
              notifications.show(
                result.result === 'Removed'
                  ? { color: 'teal', title: 'Property removed', message: `${name} was removed.` }
                  : { color: 'orange', title: 'Already gone', message: `${name} had already been removed by someone else.` },
              );
              closeRemove();
            },
          });
        }}
      />
    </>
  );
}
