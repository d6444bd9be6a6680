import { NativeSelect, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useQueryState } from 'nuqs';
import { lazy, Suspense } from 'react';
import { SCALEWAY_REGIONS, type ScalewayRegion } from '../../../api/providers';
import { hubQueries } from '../../../api/scaleway-iot/queries';
import type { Hub, HubStatusGroup } from '../../../api/scaleway-iot/types';
import { NativeTable } from '../../../components/NativeTable';
import { TableScroll } from '../../../components/TableScroll';
import { enumParam } from '../../../lib/url-state';
import { combineQueries } from '../lib/combine';
import { countHubs } from '../lib/counts';
import { overviewLinks } from '../lib/links';
import { TILE_REFRESH } from '../lib/tile-refresh';
import { StatLink, Tile } from './Tile';

/** The sparklines are SVG drawn from the hub metrics: loaded after the numbers. */
const HubSparklines = lazy(() => import('./HubSparklines').then((m) => ({ default: m.HubSparklines })));

const SCOPES = ['all', ...SCALEWAY_REGIONS] as const;
export const hubScopeParam = enumParam(SCOPES, 'all');

const COLUMNS: { group: HubStatusGroup; label: string; tone?: 'bad' | 'warn' }[] = [
  { group: 'ready', label: 'ready' },
  { group: 'error', label: 'in error', tone: 'bad' },
  { group: 'changing', label: 'enabling or disabling', tone: 'warn' },
  { group: 'disabled', label: 'disabled' },
];

export function HubsTile() {
  const [scope, setScope] = useQueryState('region', hubScopeParam);
  const regions: readonly ScalewayRegion[] = scope === 'all' ? SCALEWAY_REGIONS : [scope];
  const results = useQueries({ queries: regions.map((r) => ({ ...hubQueries.everything(r), ...TILE_REFRESH })) });
  const state = combineQueries(results);
  const perRegion = regions.map((region, i) => ({ region, hubs: results[i]?.data })).filter((r): r is { region: ScalewayRegion; hubs: Hub[] } => r.hubs !== undefined);
  const total = countHubs(perRegion.flatMap((r) => r.hubs));

  return (
    <Tile
      title="Hubs"
      to="/hubs"
      state={state}
      loadingLabel="Loading the hubs of every region…"
      errorTitle="Could not load the hubs"
      actions={
        <NativeSelect
          size="xs"
          label="Hub regions"
          value={scope}
          onChange={(e) => void setScope(e.currentTarget.value === 'all' ? null : (e.currentTarget.value as ScalewayRegion))}
          data={SCOPES.map((s) => ({ value: s, label: s === 'all' ? 'All regions' : s }))}
        />
      }
    >
      <Stack gap="sm">
        <Text size="sm">
          {total.connected.toLocaleString('en-US')} of {total.devices.toLocaleString('en-US')} registered devices connected, {perRegion.reduce((n, r) => n + r.hubs.length, 0)} hubs
          {scope === 'all' ? ' across all regions' : ` in ${scope}`}.
        </Text>
        <TableScroll minWidth={480}>
          <NativeTable aria-label="Hubs by status and region">
            <thead>
              <tr>
                <th scope="col">Region</th>
                <th scope="col">Ready</th>
                <th scope="col">Error</th>
                <th scope="col">Enabling / disabling</th>
                <th scope="col">Disabled</th>
                <th scope="col">Devices connected</th>
              </tr>
            </thead>
            <tbody>
              {perRegion.map(({ region, hubs }) => {
                const c = countHubs(hubs);
                return (
                  <tr key={region}>
                    <th scope="row">{region}</th>
                    {COLUMNS.map((col) => (
                      <td key={col.group}>
                        <StatLink to={overviewLinks.hubs(region, col.group)} count={c.byStatus[col.group]} context={`${c.byStatus[col.group] === 1 ? 'hub' : 'hubs'} ${col.label} in ${region}`} tone={col.tone} />
                      </td>
                    ))}
                    <td>
                      <StatLink to={overviewLinks.hubs(region)} count={c.connected} label={`/ ${c.devices.toLocaleString('en-US')}`} context={`devices connected in ${region}`} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </NativeTable>
        </TableScroll>
        <Suspense fallback={null}>
          <HubSparklines hubs={perRegion.flatMap((r) => r.hubs.filter((h) => h.status === 'ready'))} />
        </Suspense>
      </Stack>
    </Tile>
  );
}
