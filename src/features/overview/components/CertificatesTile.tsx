import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { SCALEWAY_REGIONS } from '../../../api/providers';
import { hubQueries } from '../../../api/scaleway-iot/queries';
import { lbQueries } from '../../../api/scaleway-lb/queries';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingLine } from '../../../components/LoadingState';
import { formatDuration } from '../../../lib/format';
import { useAsyncValue } from '../../../lib/use-async-value';
import { useDeviceScan } from '../../../lib/use-device-scan';
import { useNow } from '../../../lib/use-now';
import { combineQueries } from '../lib/combine';
import { countExpiries, countScanCertificates } from '../lib/counts';
import { hubCaExpiryItems, lbExpiryItems, type ExpiryItem } from '../lib/expiry-items';
import { overviewLinks } from '../lib/links';
import { EXPIRY_WINDOW_DAYS, TILE_REFRESH } from '../lib/tile-refresh';
import { StatLink, Tile } from './Tile';

const ExpiryTimeline = lazy(() => import('./ExpiryTimeline').then((m) => ({ default: m.ExpiryTimeline })));

/** Device certificates from the last scan (with Scan now), and the cloud certificates' expiries. */
export function CertificatesTile() {
  const now = useNow();
  const lbs = useQueries({ queries: SCALEWAY_REGIONS.map((r) => ({ ...lbQueries.certificatesOverview(r), ...TILE_REFRESH })) });
  const cas = useQueries({ queries: SCALEWAY_REGIONS.map((r) => ({ ...hubQueries.caOverview(r), ...TILE_REFRESH })) });
  const state = combineQueries(lbs, cas);

  const caData = cas.map((c) => c.data);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the answers' identities are the input
  const caInput = useMemo(() => (caData.every(Boolean) ? SCALEWAY_REGIONS.map((region, i) => ({ region, overview: caData[i]! })) : null), caData);
  const caItems = useAsyncValue(caInput, hubCaExpiryItems);
  // The CAs are parsed after they arrive: until then a count would leave them out and link to a
  // list that has more. With a region failing, the tile says so and counts what it has.
  const countsReady = caInput === null ? !state.pending : caItems.status !== 'pending';
  const items: ExpiryItem[] = [
    ...SCALEWAY_REGIONS.flatMap((region, i) => {
      const d = lbs[i]?.data;
      return d ? lbExpiryItems(d, region) : [];
    }),
    ...(caItems.status === 'done' ? caItems.value : []),
  ];

  return (
    <Tile title="Certificates" to="/certificates" state={state} loadingLabel="Loading the load balancers' certificates and the hubs' CAs…" errorTitle="Could not load the cloud certificates" actions={null}>
      <Stack gap="sm">
        <DeviceCertificates now={now} />
        <Text size="sm" fw={600}>
          Load balancer certificates and hub CAs
        </Text>
        {!countsReady ? <LoadingLine label="Reading the hubs' CAs…" /> : null}
        {countsReady && SCALEWAY_REGIONS.map((region) => {
          const c = countExpiries(
            items.filter((it) => it.region === region).map((it) => it.notAfter),
            now,
            EXPIRY_WINDOW_DAYS,
          );
          return (
            <Group key={region} gap="md">
              <Text size="sm" w={60} fw={600}>
                {region}
              </Text>
              <StatLink to={overviewLinks.cloudCertificates(region, { expired: true })} count={c.expired} label="expired" context={`in ${region}`} tone="bad" />
              <StatLink to={overviewLinks.cloudCertificates(region, { expiresWithinDays: EXPIRY_WINDOW_DAYS })} count={c.expiringSoon} label={`expiring within ${EXPIRY_WINDOW_DAYS} days`} context={`in ${region}`} tone="warn" />
            </Group>
          );
        })}
        {items.length > 0 ? (
          <Suspense fallback={null}>
            <ExpiryTimeline items={items} now={now} />
          </Suspense>
        ) : null}
      </Stack>
    </Tile>
  );
}

/** The last device certificate scan: pending and in conflict, its age, Scan now and its progress. */
function DeviceCertificates({ now }: { now: number }) {
  const scan = useDeviceScan('', { autoStart: false });
  const snapshot = scan.snapshot;
  const counts = snapshot ? countScanCertificates(snapshot) : null;
  const running = snapshot?.status === 'running';
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" fw={600}>
          Device certificates
        </Text>
        <Button size="xs" variant="light" onClick={scan.rescan} loading={running} disabled={!scan.fleet.data}>
          Scan now
        </Button>
      </Group>
      {scan.fleet.isError && !scan.fleet.data ? <ErrorState error={scan.fleet.error} onRetry={() => void scan.fleet.refetch()} retrying={scan.fleet.isFetching} title="Could not load the devices to scan" /> : null}
      {running && snapshot ? (
        <Progress value={snapshot.total ? (snapshot.scanned / snapshot.total) * 100 : 0} aria-label={`Scanning device certificates: ${snapshot.scanned} of ${snapshot.total} devices`} />
      ) : null}
      {snapshot && counts ? (
        <>
          <Group gap="lg">
            <StatLink to={overviewLinks.deviceCertificates('pending')} count={counts.pending} label="pending approval" tone="warn" />
            <StatLink to={overviewLinks.deviceCertificates('conflict')} count={counts.conflict} label="in conflict" tone="bad" />
          </Group>
          <Text size="xs" c="dimmed">
            {running
              ? `Scanning: ${snapshot.scanned} of ${snapshot.total} devices`
              : `Last scan ${formatDuration(Math.max(0, now - (snapshot.finishedAt ?? snapshot.startedAt)))} ago, ${snapshot.total} devices${snapshot.failures.length ? `, ${snapshot.failures.length} not read` : ''}${snapshot.status === 'cancelled' ? ' (cancelled)' : ''}`}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          No scan yet in this tab: Scan now reads every device's certificates.
        </Text>
      )}
    </Stack>
  );
}
