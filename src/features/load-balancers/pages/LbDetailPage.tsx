import { Alert, Button, Tabs } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { ResourceBreadcrumbs, ResourcePageFallback } from '../../../components/ResourcePageHeader';
import { PageTitle } from '../../../components/PageTitle';
import { CHILD_ORDER_BY, PRIVATE_NETWORK_ORDER_BY } from '../../../api/scaleway-lb/types';
import { enumParam, textParam, TYPING, useSearchQueryStates } from '../../../lib/url-state';
import { lbQueries } from '../../../api/scaleway-lb/queries';
import { AclsTab } from '../components/acls/AclsTab';
import { BackendsTab } from '../components/backends/BackendsTab';
import { CertificatesTab } from '../components/certificates/CertificatesTab';
import { DeleteLbDialog } from '../components/DeleteLbDialog';
import { FrontendsTab } from '../components/frontends/FrontendsTab';
import { LbOverview } from '../components/LbOverview';
import { LbSettingsTab } from '../components/LbSettingsTab';
import { LbStatusBadge } from '../components/LbStatusBadge';
import { PrivateNetworksTab } from '../components/PrivateNetworksTab';
import { RoutesTab } from '../components/routes/RoutesTab';
import { StatsTab } from '../components/StatsTab';
import { lbChangeBlocker } from '../lib/lb-labels';

const TABS = ['overview', 'frontends', 'backends', 'acls', 'certificates', 'routes', 'private-networks', 'statistics', 'settings'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABELS: Record<Tab, string> = {
  overview: 'Overview',
  frontends: 'Frontends',
  backends: 'Backends',
  acls: 'ACLs',
  certificates: 'Certificates',
  routes: 'Routes',
  'private-networks': 'Private networks',
  statistics: 'Statistics',
  settings: 'Settings',
};

/** The page's URL state: the tab, and each tab's own choices (ACL frontend and name filter, orders, statistics backend). */
const URL_PARAMS = {
  tab: enumParam(TABS, 'overview'),
  frontend: textParam,
  aclName: textParam,
  backendOrder: enumParam(CHILD_ORDER_BY, 'created_at_asc'),
  frontendOrder: enumParam(CHILD_ORDER_BY, 'created_at_asc'),
  networkOrder: enumParam(PRIVATE_NETWORK_ORDER_BY, 'created_at_asc'),
  statsBackend: textParam,
};

export function LbDetailPage() {
  const { region = '', lbId = '' } = useParams();
  const navigate = useNavigate();
  const [url, setUrl] = useSearchQueryStates(URL_PARAMS);
  const query = useQuery(lbQueries.detail(region, lbId));
  const [deleting, setDeleting] = useState(false);
  // The region of the path is authoritative: the API's `region` field is deprecated and may be absent.
  const lb = query.data ? { ...query.data, region } : undefined;

  const breadcrumbs = <ResourceBreadcrumbs list="Load balancers" to={`/load-balancers?region=${region}`} current={lb?.name ?? lbId} />;
  if (!lb) return <ResourcePageFallback query={query} breadcrumbs={breadcrumbs} title="Load balancer" what="this load balancer" loadingLabel="Loading the load balancer…" />;

  const blocker = lbChangeBlocker(lb.status);
  return (
    <>
      {breadcrumbs}
      <PageTitle
        title={lb.name}
        badge={<LbStatusBadge status={lb.status} />}
        subtitle={`${lb.type} · ${lb.zone}${lb.ip.length ? ` · ${lb.ip.map((ip) => ip.ip_address).join(', ')}` : ''}`}
        actions={
          <Button color="red" variant="light" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDeleting(true)}>
            Delete load balancer
          </Button>
        }
      />
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} title="Could not refresh this load balancer" /> : null}
      {blocker ? (
        <Alert color={lb.status === 'locked' ? 'orange' : 'blue'} variant="light" mb="md" role="status">
          {blocker}
        </Alert>
      ) : null}
      <Tabs value={url.tab} onChange={(v) => void setUrl({ tab: (v as Tab | null) ?? 'overview' })} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.map((t) => (
            <Tabs.Tab key={t} value={t}>
              {TAB_LABELS[t]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <LbOverview lb={lb} onTab={(tab) => void setUrl({ tab: tab as Tab })} />
        </Tabs.Panel>
        <Tabs.Panel value="frontends">
          <FrontendsTab lb={lb} onShowAcls={(frontendId) => void setUrl({ tab: 'acls', frontend: frontendId })} order={url.frontendOrder} onOrder={(frontendOrder) => void setUrl({ frontendOrder })} />
        </Tabs.Panel>
        <Tabs.Panel value="backends">
          <BackendsTab lb={lb} order={url.backendOrder} onOrder={(backendOrder) => void setUrl({ backendOrder })} />
        </Tabs.Panel>
        <Tabs.Panel value="acls">
          <AclsTab lb={lb} frontendId={url.frontend} onFrontend={(frontend) => void setUrl({ frontend }, { history: 'replace' })} name={url.aclName} onName={(aclName) => void setUrl({ aclName }, TYPING)} />
        </Tabs.Panel>
        <Tabs.Panel value="certificates">
          <CertificatesTab lb={lb} />
        </Tabs.Panel>
        <Tabs.Panel value="routes">
          <RoutesTab lb={lb} />
        </Tabs.Panel>
        <Tabs.Panel value="private-networks">
          <PrivateNetworksTab lb={lb} order={url.networkOrder} onOrder={(networkOrder) => void setUrl({ networkOrder })} />
        </Tabs.Panel>
        <Tabs.Panel value="statistics">
          <StatsTab lb={lb} backendId={url.statsBackend} onBackend={(statsBackend) => void setUrl({ statsBackend })} />
        </Tabs.Panel>
        {/* Stays mounted so a half-edited form survives a look at another tab. */}
        <Tabs.Panel value="settings" keepMounted>
          <LbSettingsTab lb={lb} />
        </Tabs.Panel>
      </Tabs>
      <DeleteLbDialog lb={lb} opened={deleting} onClose={() => setDeleting(false)} onDeleted={() => navigate(`/load-balancers?region=${region}`, { replace: true })} />
    </>
  );
}
