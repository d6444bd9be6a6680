import { Alert, Button, Group, List, NumberInput, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { FilterBar, FilterSelect } from '../../../components/FilterBar';
import { ErrorState } from '../../../components/ErrorState';
import { PageTitle } from '../../../components/PageTitle';
import { PaginationBar } from '../../../components/PaginationBar';
import { downloadText } from '../../../lib/download';
import { formatInteger } from '../../../lib/format';
import { useScalewayRegion } from '../../../lib/use-scaleway-region';
import { SearchInput } from '../../../components/SearchInput';
import { TYPING, useSearchQueryStates } from '../../../lib/url-state';
import type { OwnerFailure } from '../../../api/owner-failure';
import { useCloudCertificates } from '../api/use-cloud-certificates';
import { BULK_ACTIONS, useBulkStatusChange, type BulkVerb } from '../api/use-bulk-status-change';
import { useDeviceScan } from '../../../lib/use-device-scan';
import { BulkResult } from '../components/BulkResult';
import { CertificateTable } from '../components/CertificateTable';
import { CountsBar } from '../components/CountsBar';
import { ExpiryChart } from '../components/ExpiryChart';
import { ScanPanel } from '../components/ScanPanel';
import { CERT_KINDS, deviceCertRow, KIND_LABELS, STATUS_LABELS, type CertRow } from '../lib/cert-row';
import { certificatesCsv } from '../lib/csv';
import { applyFilters, CERT_URL_PARAMS, countCertificates, MAX_EXPIRY_DAYS, PAGE_SIZES, STATUS_FILTERS, type CertFiltersPatch } from '../lib/filters';

function OwnerFailures({ failures }: { failures: OwnerFailure[] }) {
  if (failures.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title="Some certificates could not be read">
      <List size="sm">
        {failures.map((f) => (
          <List.Item key={`${f.kind}:${f.id}`}>
            {f.kind === 'lb' ? 'Load balancer' : 'Hub'} {f.name}: {f.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

const STATUS_CHOICES = ['all', ...STATUS_FILTERS] as const;
const KIND_FILTERS = ['all', ...CERT_KINDS] as const;
const statusLabel = (s: (typeof STATUS_CHOICES)[number]) => (s === 'all' ? 'All statuses' : s === 'expired' ? 'Expired (by date)' : STATUS_LABELS[s]);

export function CertificatesPage() {
  const [filters, setUrl] = useSearchQueryStates(CERT_URL_PARAMS);
  const projectId = filters.project;
  const region = useScalewayRegion();
  // Any filter change goes back to the first page.
  const setFilters = (patch: CertFiltersPatch, options?: typeof TYPING) => void setUrl({ page: null, ...patch }, options);
  const filtered = filters.kind !== 'all' || filters.status !== 'all' || filters.expires > 0 || filters.q !== '';

  const scan = useDeviceScan(projectId);
  const { lb, hubCa, hubCaRows, pending: cloudPending } = useCloudCertificates(region);
  const bulk = useBulkStatusChange(scan.key);
  // One "now" per snapshot of the data, so counts, filters and the chart agree.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => setNow(Date.now()), [scan.snapshot?.finishedAt, lb.dataUpdatedAt, hubCaRows]);

  // Only these have validity dates (the device API gives none), so the chart does not redraw on every scan update.
  const datedRows = useMemo<CertRow[]>(() => [...(lb.data?.rows ?? []), ...(hubCaRows?.rows ?? [])], [lb.data, hubCaRows]);
  const deviceRows = useMemo<CertRow[]>(() => scan.snapshot?.results.flatMap((r) => r.certificates.map((c) => deviceCertRow(c, r.device))) ?? [], [scan.snapshot?.results]);
  const allRows = useMemo<CertRow[]>(() => [...deviceRows, ...datedRows], [deviceRows, datedRows]);
  const visible = useMemo(() => applyFilters(allRows, filters, now), [allRows, filters, now]);
  const counts = useMemo(() => countCertificates(allRows, now), [allRows, now]);
  const pages = Math.max(1, Math.ceil(visible.length / filters.pageSize));
  const page = Math.min(filters.page, pages);
  const pageRows = visible.slice((page - 1) * filters.pageSize, page * filters.pageSize);

  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<BulkVerb | null>(null);
  // What you see is what you act on: a selected certificate the filters now hide is left out of the bulk actions.
  const selectedRows = useMemo(() => visible.filter((r) => selected.has(r.key)), [visible, selected]);
  const eligible = (verb: BulkVerb) => selectedRows.filter((r) => r.kind === 'device' && r.status === BULK_ACTIONS[verb].from);
  const toggle = (keys: string[], checked: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const k of keys) {
        if (checked) next.add(k);
        else next.delete(k);
      }
      return next;
    });
  const matchingDeviceKeys = visible.filter((r) => r.kind === 'device').map((r) => r.key);

  const scanning = scan.snapshot?.status === 'running';
  const confirmRows = confirming ? eligible(confirming) : [];

  return (
    <Stack gap="md">
      <PageTitle
        title="Certificates"
        subtitle={`Device certificates (Nexigon Hub), TLS certificates of the load balancers and custom CAs of the hubs (Scaleway, ${region}).`}
        actions={
          <Button
            variant="default"
            disabled={visible.length === 0}
            onClick={() => downloadText(certificatesCsv(visible, now, globalThis.location.origin), `certificates-${new Date(now).toISOString().slice(0, 10)}.csv`, 'text/csv;charset=utf-8')}
          >
            Export CSV ({formatInteger(visible.length)})
          </Button>
        }
      />
      <CountsBar counts={counts} partial={scanning || cloudPending} />

      {scan.fleet.isError ? <ErrorState error={scan.fleet.error} onRetry={() => void scan.fleet.refetch()} title="Could not load the devices" /> : null}
      <ScanPanel
        snapshot={scan.snapshot}
        projects={scan.fleet.data?.projects ?? []}
        projectId={projectId}
        onProject={(project) => void setUrl({ project, page: null })}
        onCancel={scan.cancel}
        onRescan={scan.rescan}
        onRetry={scan.retry}
        rescanDisabled={!scan.fleet.data}
      />
      {lb.isError ? <ErrorState error={lb.error} onRetry={() => void lb.refetch()} title="Could not load the load balancer certificates" /> : null}
      {hubCa.isError ? <ErrorState error={hubCa.error} onRetry={() => void hubCa.refetch()} title="Could not load the hub CAs" /> : null}
      <OwnerFailures failures={[...(lb.data?.failures ?? []), ...(hubCaRows?.failures ?? [])]} />

      <ExpiryChart rows={datedRows} now={now} />

      <section aria-labelledby="list-heading">
        <Text id="list-heading" fw={600} component="h2" size="md" mb="xs">
          All certificates
        </Text>
        <FilterBar label="Filter certificates" filtered={filtered} onClear={() => setFilters({ kind: 'all', status: 'all', expires: 0, q: '' })}>
          <FilterSelect label="Kind" w={160} values={KIND_FILTERS} labelOf={(k) => (k === 'all' ? 'All kinds' : KIND_LABELS[k])} value={filters.kind} onChange={(kind) => setFilters({ kind })} />
          <FilterSelect label="Status" w={180} values={STATUS_CHOICES} labelOf={statusLabel} value={filters.status} onChange={(status) => setFilters({ status })} />
          <NumberInput
            label="Expires within (days)"
            w={170}
            min={0}
            max={MAX_EXPIRY_DAYS}
            allowDecimal={false}
            allowNegative={false}
            placeholder="Any time"
            value={filters.expires || ''}
            onChange={(v) => setFilters({ expires: typeof v === 'number' && v > 0 ? Math.min(v, MAX_EXPIRY_DAYS) : 0 }, TYPING)}
          />
          <SearchInput label="Search" placeholder="Name, fingerprint or device" w={260} value={filters.q} onChange={(q) => setFilters({ q }, TYPING)} />
        </FilterBar>
        {filters.expires > 0 || filters.status === 'expired' ? (
          <Text size="xs" c="dimmed" mb="xs">
            Device certificates are left out of expiry filters: the device API gives no expiry date for them.
          </Text>
        ) : null}

        <Group gap="xs" mb="sm" wrap="wrap" aria-label="Bulk actions" role="group">
          <Text size="sm" aria-live="polite">
            {formatInteger(selectedRows.length)} selected
            {selected.size > selectedRows.length ? ` (${formatInteger(selected.size - selectedRows.length)} more hidden by the filters, left out of actions)` : ''}
          </Text>
          {matchingDeviceKeys.length > pageRows.filter((r) => r.kind === 'device').length ? (
            <Button size="xs" variant="subtle" onClick={() => toggle(matchingDeviceKeys, true)}>
              Select all {formatInteger(matchingDeviceKeys.length)} matching device certificates
            </Button>
          ) : null}
          {(['approve', 'reject', 'revoke'] as const).map((verb) => (
            <Button key={verb} size="xs" color={BULK_ACTIONS[verb].color} disabled={eligible(verb).length === 0 || bulk.run?.running === true} onClick={() => setConfirming(verb)}>
              {BULK_ACTIONS[verb].label} {BULK_ACTIONS[verb].from} ({formatInteger(eligible(verb).length)})
            </Button>
          ))}
          {selected.size > 0 ? (
            <Button size="xs" variant="subtle" color="gray" onClick={() => setSelected(new Set())}>
              Clear selection
            </Button>
          ) : null}
        </Group>

        {bulk.run ? <BulkResult run={bulk.run} onRetryFailed={bulk.retryFailed} onDismiss={bulk.dismiss} /> : null}

        {visible.length === 0 ? (
          <EmptyState
            title={allRows.length === 0 ? (scanning ? 'Scanning…' : 'No certificates') : 'No certificate matches the filters'}
            description={allRows.length === 0 ? 'Certificates appear here as the devices, load balancers and hubs answer.' : 'Change or clear the filters to see more.'}
          />
        ) : (
          <>
            <CertificateTable rows={pageRows} now={now} selected={selected} onToggle={toggle} />
            <PaginationBar
              page={page}
              pageSize={filters.pageSize}
              total={visible.length}
              onPage={(p) => void setUrl({ page: p })}
              onPageSize={(s) => setFilters({ pageSize: PAGE_SIZES.find((size) => size === s) ?? null })}
              pageSizes={[...PAGE_SIZES]}
              itemLabel="certificates"
            />
          </>
        )}
        <Text size="xs" c="dimmed" mt="xs">
          Device certificates show “—” under Expires: the Nexigon Hub API gives their fingerprint, status and first sighting only. Each owner links to where the certificate is managed:{' '}
          <Link to="/devices">devices</Link>, <Link to={`/load-balancers?region=${region}`}>load balancers</Link>, <Link to={`/hubs?region=${region}`}>hubs</Link>.
        </Text>
      </section>

      <ConfirmDialog
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={confirming ? `${BULK_ACTIONS[confirming].label} ${confirmRows.length} certificate${confirmRows.length === 1 ? '' : 's'}` : ''}
        resourceName={confirming ? `${confirmRows.length} ${BULK_ACTIONS[confirming].from} device certificate${confirmRows.length === 1 ? '' : 's'}` : ''}
        color={confirming ? BULK_ACTIONS[confirming].color : 'red'}
        description={
          confirming === 'revoke'
            ? 'The devices can no longer authenticate with these certificates. A device whose only active certificate is revoked goes offline until another one is approved.'
            : confirming === 'approve'
              ? 'The devices can authenticate with these certificates.'
              : 'The devices cannot authenticate with these certificates.'
        }
        confirmLabel={confirming ? `${BULK_ACTIONS[confirming].label} ${confirmRows.length}` : ''}
        onConfirm={() => {
          if (!confirming) return;
          bulk.start(confirming, confirmRows);
          setSelected((prev) => {
            const next = new Set(prev);
            for (const r of confirmRows) next.delete(r.key);
            return next;
          });
          setConfirming(null);
        }}
      >
        <List size="sm" spacing={2} aria-label="Certificates to change">
          {confirmRows.slice(0, 8).map((r) => (
            <List.Item key={r.key}>
              {r.owner.name}: <Text span ff="monospace" size="xs">{r.fingerprint.slice(0, 23)}…</Text>
            </List.Item>
          ))}
          {confirmRows.length > 8 ? <List.Item>and {formatInteger(confirmRows.length - 8)} more</List.Item> : null}
        </List>
      </ConfirmDialog>
    </Stack>
  );
}
