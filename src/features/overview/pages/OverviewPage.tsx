import { SimpleGrid } from '@mantine/core';
import { lazy, Suspense, type ComponentType } from 'react';
import { PageTitle } from '../../../components/PageTitle';
import { Tile, type TileState } from '../components/Tile';

/**
 * Each tile is its own lazy module: the page shows at once with six loading tiles, and each
 * provider's client code arrives with the tile that reads it (the first route stays in budget).
 */
function lazyTile<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
const HubsTile = lazyTile(() => import('../components/HubsTile'), 'HubsTile');
const DevicesTile = lazyTile(() => import('../components/DevicesTile'), 'DevicesTile');
const CertificatesTile = lazyTile(() => import('../components/CertificatesTile'), 'CertificatesTile');
const LoadBalancersTile = lazyTile(() => import('../components/LoadBalancersTile'), 'LoadBalancersTile');
const NamespacesTile = lazyTile(() => import('../components/NamespacesTile'), 'NamespacesTile');
const LiveTile = lazyTile(() => import('../components/LiveTile'), 'LiveTile');

const ARRIVING: TileState = { pending: true, error: null, fetching: false, hasData: false, updatedAt: 0, retry: () => undefined };

/** Title and page of each tile (its stand-in says them while its module arrives). */
const TILES: readonly (readonly [string, string, ComponentType])[] = [
  ['Hubs', '/hubs', HubsTile],
  ['Devices', '/devices', DevicesTile],
  ['Certificates', '/certificates', CertificatesTile],
  ['Load balancers', '/load-balancers', LoadBalancersTile],
  ['Namespaces', '/namespaces', NamespacesTile],
  ['Live MQTT', '/live', LiveTile],
];

/** "Is anything wrong right now, anywhere?": one tile per concern, each loading and failing on its own. */
export function OverviewPage() {
  return (
    <>
      <PageTitle title="Overview" subtitle="The fleet at a glance. Every number opens the list of those items; tiles refresh about every 30 seconds while this tab is shown." />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {TILES.map(([title, to, Component]) => (
          <Suspense key={title} fallback={<Tile title={title} to={to} state={ARRIVING} loadingLabel={`Loading the ${title} tile…`} errorTitle="" />}>
            <Component />
          </Suspense>
        ))}
      </SimpleGrid>
    </>
  );
}
