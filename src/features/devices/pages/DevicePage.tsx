import { Button, Code, Tabs } from '@mantine/core';
import { IconBroadcast, IconPencil, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useQueryStates } from 'nuqs';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import type { DeviceDetails } from '../../../api/nexigon/types';
import { ResourceBreadcrumbs, ResourcePageFallback } from '../../../components/ResourcePageHeader';
import { ErrorState } from '../../../components/ErrorState';
import { FormModal } from '../../../components/FormModal';
import { PageTitle } from '../../../components/PageTitle';
import { deviceTopics } from '../../../lib/device-topics';
import { enumParam } from '../../../lib/url-state';
import { AuditLogTab } from '../components/AuditLogTab';
import { CertificatesTab } from '../components/CertificatesTab';
import { CommandsTab } from '../components/CommandsTab';
import { ConnectionsTab } from '../components/ConnectionsTab';
import { DeleteDeviceDialog } from '../components/DeleteDeviceDialog';
import { DeviceAgentTools } from '../components/DeviceAgentTools';
import { DeviceOverview } from '../components/DeviceOverview';
import { EventsTab } from '../components/EventsTab';
import { PropertiesTab } from '../components/PropertiesTab';
import { RenameDeviceForm } from '../components/RenameDeviceForm';
import { OnlineBadge } from '../components/StatusBadges';
import { TokensTab } from '../components/TokensTab';
import { deviceLabel } from '../lib/device-labels';

const TABS = ['overview', 'certificates', 'connections', 'events', 'properties', 'audit', 'commands', 'tokens'] as const;
type Tab = (typeof TABS)[number];
/** What a tab's content is given. */
interface TabContext {
  device: DeviceDetails;
  receivedAt: number;
  projectName: string | undefined;
}

/** The device's tabs, in order: each one's label and content. */
const TAB_CONTENT: Record<Tab, { label: string; keepMounted?: boolean; render: (c: TabContext) => ReactNode }> = {
  overview: { label: 'Overview', render: (c) => <DeviceOverview device={c.device} receivedAt={c.receivedAt} projectName={c.projectName} /> },
  certificates: { label: 'Certificates', render: (c) => <CertificatesTab device={c.device} /> },
  connections: { label: 'Connections', render: (c) => <ConnectionsTab deviceId={c.device.deviceId} /> },
  events: { label: 'Events', render: (c) => <EventsTab deviceId={c.device.deviceId} /> },
  // Stays mounted so a half-edited property survives a look at another tab.
  properties: { label: 'Properties', keepMounted: true, render: (c) => <PropertiesTab deviceId={c.device.deviceId} /> },
  audit: { label: 'Audit log', render: (c) => <AuditLogTab deviceId={c.device.deviceId} /> },
  commands: { label: 'Commands', render: (c) => <CommandsTab deviceId={c.device.deviceId} connected={c.device.isConnected} /> },
  tokens: { label: 'Tokens', render: (c) => <TokensTab deviceId={c.device.deviceId} /> },
};
const URL_PARAMS = { tab: enumParam<Tab>(TABS, 'overview') };

export function watchLiveHref(deviceId: string): string {
  return `/live?filter=${encodeURIComponent(deviceTopics.watchFilter(deviceId))}`;
}

export function DevicePage() {
  const { deviceId = '' } = useParams();
  const navigate = useNavigate();
  const [url, setUrl] = useQueryStates(URL_PARAMS);
  const query = useQuery(nexigonDeviceQueries.detail(deviceId));
  const projects = useQuery(nexigonDeviceQueries.projects());
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  const device = query.data;

  const breadcrumbs = <ResourceBreadcrumbs list="Devices" to="/devices" current={device ? deviceLabel(device) : deviceId} />;

  if (!device) return <ResourcePageFallback query={query} breadcrumbs={breadcrumbs} title="Device" what="this device" loadingLabel="Loading the device…" />;

  const project = projects.data?.find((p) => p.projectId === device.projectId);
  return (
    <>
      {breadcrumbs}
      <PageTitle
        title={deviceLabel(device)}
        badge={<OnlineBadge connected={device.isConnected} />}
        subtitle={
          <>
            {project?.name ?? device.projectId} · <Code>{device.deviceId}</Code>
          </>
        }
        actions={
          <>
            <Button component={Link} to={watchLiveHref(device.deviceId)} variant="light" leftSection={<IconBroadcast size={16} aria-hidden />}>
              Watch live
            </Button>
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setDialog('rename')}>
              Rename
            </Button>
            <Button color="red" variant="light" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDialog('delete')}>
              Delete device
            </Button>
          </>
        }
      />
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} title="Could not refresh this device" /> : null}
      <Tabs value={url.tab} onChange={(v) => void setUrl({ tab: (v as Tab | null) ?? null })} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {TAB_CONTENT[tab].label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Panel key={tab} value={tab} keepMounted={TAB_CONTENT[tab].keepMounted}>
            {TAB_CONTENT[tab].render({ device, receivedAt: query.dataUpdatedAt, projectName: project?.name })}
          </Tabs.Panel>
        ))}
      </Tabs>
      <DeviceAgentTools device={device} />
      <FormModal opened={dialog === 'rename'} onClose={() => setDialog(null)} title="Rename device">
        <RenameDeviceForm device={device} onClose={() => setDialog(null)} />
      </FormModal>
      <DeleteDeviceDialog device={device} opened={dialog === 'delete'} onClose={() => setDialog(null)} onDeleted={() => navigate('/devices', { replace: true })} />
    </>
  );
}
