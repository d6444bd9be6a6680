import { Button, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerPause, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isHubTransient } from '../../../api/scaleway-iot/types';
import { ErrorState } from '../../../components/ErrorState';
import { ResourceBreadcrumbs, ResourcePageFallback } from '../../../components/ResourcePageHeader';
import { PageTitle } from '../../../components/PageTitle';
import { useQueryStates } from 'nuqs';
import { enumParam } from '../../../lib/url-state';
import { hubQueries, METRICS_RANGES } from '../../../api/scaleway-iot/queries';
import { useSetHubEnabled } from '../api/use-set-hub-enabled';
import { useUpdateHub } from '../api/use-update-hub';
import { DeleteHubDialog } from '../components/DeleteHubDialog';
import { HubCaSection } from '../components/HubCaSection';
import { HubForm, updateHubRequest } from '../components/HubForm';
import { HubMetrics } from '../components/HubMetrics';
import { HubOverview } from '../components/HubOverview';
import { HubStatusBadge } from '../components/HubStatusBadge';

const TABS = ['overview', 'settings', 'ca', 'metrics'] as const;
type Tab = (typeof TABS)[number];
const URL_PARAMS = { tab: enumParam(TABS, 'overview'), range: enumParam(METRICS_RANGES, 'day') };

export function HubDetailPage() {
  const { region = '', hubId = '' } = useParams();
  const navigate = useNavigate();
  const [url, setUrl] = useQueryStates(URL_PARAMS);
  const query = useQuery(hubQueries.detail(region, hubId));
  const setEnabled = useSetHubEnabled(region, hubId);
  const updateHub = useUpdateHub(region, hubId);
  const [deleting, setDeleting] = useState(false);
  const hub = query.data;

  const breadcrumbs = <ResourceBreadcrumbs list="Hubs" to={`/hubs?region=${region}`} current={hub?.name ?? hubId} />;
  if (!hub) return <ResourcePageFallback query={query} breadcrumbs={breadcrumbs} title="Hub" what="this hub" loadingLabel="Loading the hub…" />;

  const busy = setEnabled.isPending || isHubTransient(hub.status);
  return (
    <>
      {breadcrumbs}
      <PageTitle
        title={hub.name}
        badge={<HubStatusBadge status={hub.status} />}
        subtitle={`${hub.region} · ${hub.endpoint}`}
        actions={
          <>
            {hub.enabled ? (
              <Button variant="default" leftSection={<IconPlayerPause size={16} aria-hidden />} onClick={() => setEnabled.mutate(false)} disabled={busy}>
                Disable hub
              </Button>
            ) : (
              <Button variant="default" leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={() => setEnabled.mutate(true)} disabled={busy}>
                Enable hub
              </Button>
            )}
            <Button color="red" variant="light" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDeleting(true)}>
              Delete hub
            </Button>
          </>
        }
      />
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} title="Could not refresh this hub" /> : null}
      <Tabs value={url.tab} onChange={(v) => void setUrl({ tab: (v as Tab | null) ?? 'overview' })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="settings">Settings</Tabs.Tab>
          <Tabs.Tab value="ca">Certificate authority</Tabs.Tab>
          <Tabs.Tab value="metrics">Metrics</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <HubOverview hub={hub} />
        </Tabs.Panel>
        {/* Stays mounted so a half-edited form survives a look at another tab. */}
        <Tabs.Panel value="settings" keepMounted>
          <HubForm
            mode="edit"
            hub={hub}
            submitLabel="Save changes"
            onSubmit={async (values) => {
              const updated = await updateHub.mutateAsync(updateHubRequest(values));
              notifications.show({ color: 'teal', title: 'Hub saved', message: `${updated.name} was updated.` });
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="ca">
          <HubCaSection hub={hub} />
        </Tabs.Panel>
        <Tabs.Panel value="metrics">
          <HubMetrics hub={hub} range={url.range} onRange={(range) => void setUrl({ range })} />
        </Tabs.Panel>
      </Tabs>
      <DeleteHubDialog hub={hub} opened={deleting} onClose={() => setDeleting(false)} onDeleted={() => navigate(`/hubs?region=${region}`, { replace: true })} />
    </>
  );
}
