import { ActionIcon, Anchor, Badge, Button, Code, Modal, Tooltip } from '@mantine/core';
import { IconPlugConnected, IconPlugConnectedX, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ipQueries, lbQueries, type IpListFilters } from '../../../api/scaleway-lb/queries';
import { IP_TYPES, LB_PAGE_SIZE_MAX, type Ip, type IpType } from '../../../api/scaleway-lb/types';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { EmptyState } from '../../../components/EmptyState';
import { listRows, ListState, pagedList } from '../../../components/ListState';
import { DataTable } from '../../../components/DataTable';
import { FilterBar, FilterSelect } from '../../../components/FilterBar';
import { PageTitle } from '../../../components/PageTitle';
import { SearchInput } from '../../../components/SearchInput';
import { PlaceholderText } from '../../../components/PlaceholderText';
import { pageParams } from '../../../lib/paged-list-params';
import { enumParam, textParam, TYPING, useSearchQueryStates } from '../../../lib/url-state';
import { useScalewayRegion } from '../../../lib/use-scaleway-region';
import { useReleaseIp } from '../api/use-release-ip';
import { AttachIpDialog } from '../components/ips/AttachIpDialog';
import { DetachIpDialog, type DetachTarget } from '../components/ips/DetachIpDialog';
import { IpForm } from '../components/ips/IpForm';
import { LbAreaNav } from '../components/LbAreaNav';
import { RowActions } from '../components/RowActions';
import { TagBadges } from '../components/TagBadges';

/** The list's URL state; module-level so parsing is stable across renders. */
const URL_PARAMS = {
  ...pageParams(LB_PAGE_SIZE_MAX),
  type: enumParam(IP_TYPES, 'all'),
  tag: textParam,
  address: textParam,
};
const TYPE_LABELS: Record<IpType, string> = { all: 'IPv4 and IPv6', ipv4: 'IPv4 only', ipv6: 'IPv6 only' };

function IpAddress({ ip }: { ip: Ip }) {
  return (
    <>
      <Code>{ip.ip_address}</Code>{' '}
      <Badge size="xs" variant="light" color="gray">
        {ip.ip_address.includes(':') ? 'IPv6' : 'IPv4'}
      </Badge>
    </>
  );
}

/** The load balancer an IP is attached to, as a link, or "Not attached". */
function IpHolder({ ip, region, name }: { ip: Ip; region: string; name: string | null }) {
  if (!ip.lb_id) return <PlaceholderText>Not attached</PlaceholderText>;
  return (
    <Anchor component={Link} to={`/load-balancers/${region}/${ip.lb_id}`}>
      {name}
    </Anchor>
  );
}

interface IpActionsProps {
  ip: Ip;
  /** The load balancer the IP is attached to, or null. */
  holder: string | null;
  onEdit: () => void;
  onAttach: () => void;
  onDetach: () => void;
  onRelease: () => void;
}

function IpActions({ ip, holder, onEdit, onAttach, onDetach, onRelease }: IpActionsProps) {
  return (
    <RowActions name={ip.ip_address} onEdit={onEdit}>
      {ip.lb_id ? (
        <Tooltip label={`Detach from ${holder ?? ''}`}>
          <ActionIcon variant="subtle" aria-label={`Detach ${ip.ip_address}`} onClick={onDetach}>
            <IconPlugConnectedX size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      ) : (
        <Tooltip label="Attach to load balancer">
          <ActionIcon variant="subtle" aria-label={`Attach to load balancer: ${ip.ip_address}`} onClick={onAttach}>
            <IconPlugConnected size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
      <Tooltip label={ip.lb_id ? 'Attached: detach it first, or delete its load balancer and choose to release the IP' : `Release ${ip.ip_address}`}>
        {/* aria-disabled rather than disabled: a disabled button gets no hover, so the tooltip could not say why. */}
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={`Release ${ip.ip_address}`}
          aria-disabled={Boolean(ip.lb_id)}
          data-disabled={ip.lb_id ? true : undefined}
          onClick={() => (ip.lb_id ? undefined : onRelease())}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </RowActions>
  );
}

export function IpListPage() {
  const region = useScalewayRegion();
  const [url, setUrl] = useSearchQueryStates(URL_PARAMS);
  const filters: IpListFilters = { page: url.page, pageSize: url.pageSize, ipType: url.type, tag: url.tag.trim(), address: url.address.trim() };
  const query = useQuery(ipQueries.list(region, filters));
  const lbs = useQuery(lbQueries.everything(region));
  const releaseIp = useReleaseIp(region);
  const [editing, setEditing] = useState<Ip | 'new' | null>(null);
  const [releasing, setReleasing] = useState<Ip | null>(null);
  const [attaching, setAttaching] = useState<Ip | null>(null);
  const [detaching, setDetaching] = useState<DetachTarget | null>(null);
  const lbName = (id: string) => lbs.data?.find((lb) => lb.id === id)?.name;
  /** What the IP is attached to, by name when the load balancers are loaded. */
  const holder = (ip: Ip) => (ip.lb_id ? (lbName(ip.lb_id) ?? ip.lb_id.slice(0, 8)) : null);
  const filtered = Boolean(filters.tag || filters.address || url.type !== 'all');

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
      <FilterBar filtered={filtered} onClear={() => void setUrl({ address: null, tag: null, type: null, page: 1 })}>
        <SearchInput label="Filter by address" placeholder="e.g. 51.159" value={url.address} onChange={(address) => void setUrl({ address, page: 1 }, TYPING)} w={220} />
        <SearchInput label="Filter by tag" placeholder="e.g. spare" value={url.tag} onChange={(tag) => void setUrl({ tag, page: 1 }, TYPING)} w={200} />
        <FilterSelect label="Address family" values={IP_TYPES} labelOf={(t) => TYPE_LABELS[t]} value={url.type} onChange={(type) => void setUrl({ type, page: 1 })} w={180} />
      </FilterBar>
      <ListState
        query={query}
        noun="flexible IPs"
        isEmpty={(data) => data.ips.length === 0}
        filtered={filtered}
        empty={<EmptyState title={`No flexible IP in ${region}`} description="Reserve one to give a load balancer an address that survives it." />}
        {...pagedList({ page: url.page, pageSize: url.pageSize, total: query.data?.total_count ?? 0, itemLabel: 'flexible IPs', onPaging: (change) => void setUrl(change) })}
      >
        <DataTable
          label="Flexible IPs"
          minWidth={900}
          {...listRows(query, (data) => data.ips)}
          rowKey={(ip) => ip.id}
          columns={[
            { header: 'Address', cell: (ip) => <IpAddress ip={ip} /> },
            { header: 'Reverse DNS', kind: 'wrap', cell: (ip) => ip.reverse || '—' },
            { header: 'Load balancer', cell: (ip) => <IpHolder ip={ip} region={region} name={holder(ip)} /> },
            { header: 'Tags', cell: (ip) => <TagBadges tags={ip.tags} /> },
            { header: 'Zone', cell: (ip) => ip.zone },
            { header: 'Actions', cell: (ip) => <IpActions ip={ip} holder={holder(ip)} onEdit={() => setEditing(ip)} onAttach={() => setAttaching(ip)} onDetach={() => setDetaching({ ip, lbName: holder(ip) ?? '' })} onRelease={() => setReleasing(ip)} /> },
          ]}
        />
      </ListState>
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'Create flexible IP' : `Edit ${editing?.ip_address ?? ''}`}>
        {editing !== null ? <IpForm ip={editing === 'new' ? undefined : editing} region={region} onDone={() => setEditing(null)} /> : null}
      </Modal>
      <AttachIpDialog region={region} target={attaching ? { ip: attaching } : null} onClose={() => setAttaching(null)} />
      <DetachIpDialog region={region} target={detaching} onClose={() => setDetaching(null)} />
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
