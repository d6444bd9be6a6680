import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'react-router';
import type { FleetDevice } from '../../../api/nexigon/queries';
import { NativeTable } from '../../../components/NativeTable';
import { SortableTh } from '../../../components/SortableTh';
import { formatInteger } from '../../../lib/format';
import { deviceLabel } from '../lib/device-labels';
import type { FleetSortKey, SortDirection } from '../lib/fleet-view';
import { LiveDuration } from './LiveDuration';
import { HealthBadge, OnlineBadge } from './StatusBadges';
import { TimeText } from './TimeText';
import classes from './DeviceTable.module.css';

const ROW_HEIGHT = 45;
const COLUMNS = 6;

/**
 * The fleet as one virtualised table: only the rows in view are in the DOM,
 * so 2,400 devices scroll and re-render (every second, for the durations)
 * as cheaply as 30. Rows keep their place for assistive tech with
 * aria-rowindex / aria-rowcount.
 */
export function DeviceTable({
  devices,
  receivedAt,
  sort,
  direction,
  onSort,
  busy,
}: {
  devices: readonly FleetDevice[];
  receivedAt: number;
  sort: FleetSortKey;
  direction: SortDirection;
  onSort: (key: FleetSortKey) => void;
  busy: boolean;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: devices.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const th = (key: FleetSortKey, label: string, width?: number) => (
    <SortableTh active={sort === key} direction={direction} onSort={() => onSort(key)} width={width}>
      {label}
    </SortableTh>
  );

  return (
    <div ref={scrollRef} className={classes.scroll} tabIndex={0} role="region" aria-label="Device list, scrollable">
      <NativeTable className={classes.table} aria-label="Devices" aria-rowcount={devices.length + 1} aria-busy={busy} style={{ minWidth: 960 }}>
        <thead>
          <tr aria-rowindex={1}>
            {th('name', 'Name or ID')}
            {th('project', 'Project', 170)}
            {th('state', 'State', 240)}
            {th('lastConnected', 'Last connected', 170)}
            {th('duration', 'Connected for', 150)}
            <th style={{ width: 130 }}>Certificates</th>
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden>
              <td colSpan={COLUMNS} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const d = devices[item.index];
            if (!d) return null;
            return (
              <tr key={d.deviceId} aria-rowindex={item.index + 2} data-odd={item.index % 2 === 0 ? '' : undefined} style={{ height: ROW_HEIGHT }}>
                <td>
                  <Anchor component={Link} to={`/devices/${d.deviceId}`} fw={500} ff={d.name ? undefined : 'monospace'} size="sm">
                    {deviceLabel(d)}
                  </Anchor>
                </td>
                <td>{d.projectName}</td>
                <td>
                  <Group gap={6} wrap="nowrap">
                    <OnlineBadge connected={d.isConnected} />
                    <HealthBadge status={d.status} />
                  </Group>
                </td>
                <td>{d.lastConnectedAt ? <TimeText value={d.lastConnectedAt} /> : <Text span size="sm" c="dimmed">Never</Text>}</td>
                <td>
                  <LiveDuration secs={d.isConnected ? d.currentConnectionDurationSecs : null} receivedAt={receivedAt} />
                </td>
                <td>
                  {d.pendingCertificatesCount > 0 ? (
                    <Badge color="yellow" variant="light">
                      {formatInteger(d.pendingCertificatesCount)} pending
                    </Badge>
                  ) : (
                    <Text span size="sm" c="dimmed">
                      None pending
                    </Text>
                  )}
                </td>
              </tr>
            );
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden>
              <td colSpan={COLUMNS} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          ) : null}
        </tbody>
      </NativeTable>
    </div>
  );
}
