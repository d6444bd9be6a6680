import { Alert, Button, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { ProjectSelect } from '../../../components/ProjectSelect';
import type { NexigonProject } from '../../../api/nexigon/types';
import { formatDateTime, formatInteger } from '../../../lib/format';
import type { ScanSnapshot } from '../../../api/nexigon/device-scan';
import { CountProgress } from './CountProgress';
import { PaceLine } from './PaceLine';

interface Props {
  snapshot: ScanSnapshot | undefined;
  projects: NexigonProject[];
  projectId: string;
  onProject: (projectId: string) => void;
  onCancel: () => void;
  onRescan: () => void;
  onRetry: (deviceId: string) => void;
  rescanDisabled: boolean;
}

function statusLine(s: ScanSnapshot): string {
  const counted = `${formatInteger(s.scanned)} of ${formatInteger(s.total)} devices scanned`;
  if (s.status === 'running') return `Scanning: ${counted}…`;
  const at = formatDateTime(s.finishedAt ?? s.startedAt);
  return s.status === 'cancelled' ? `Scan cancelled: ${counted} (${at}).` : `Scan complete: ${counted} (${at}).`;
}

/** The device scan: scope, progress, cancel/rescan, and the devices that failed with a retry each. */
export function ScanPanel({ snapshot, projects, projectId, onProject, onCancel, onRescan, onRetry, rescanDisabled }: Props) {
  const running = snapshot?.status === 'running';
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="scan-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <div>
            <Text id="scan-heading" fw={600} component="h2" size="md" m={0}>
              Device certificate scan
            </Text>
            <Text size="xs" c="dimmed">
              The device API has no fleet-wide certificate list: each device is asked in turn, as many at a time as the API's rate limit allows.
            </Text>
          </div>
          <Group gap="xs" align="flex-end">
            <ProjectSelect label="Devices of" size="xs" w={200} projects={projects} value={projectId} onChange={onProject} />
            {running ? (
              <Button size="xs" variant="default" onClick={onCancel}>
                Cancel scan
              </Button>
            ) : (
              <Button size="xs" variant="light" onClick={onRescan} disabled={rescanDisabled}>
                Rescan
              </Button>
            )}
          </Group>
        </Group>
        <CountProgress label="Devices scanned" done={snapshot?.scanned ?? 0} total={snapshot?.total ?? 0} animated={running} valueText={snapshot ? `${snapshot.scanned} of ${snapshot.total} devices` : 'Not started'} />
        <Text size="sm" role="status" aria-live="polite">
          {snapshot ? statusLine(snapshot) : 'Loading the device list…'}
        </Text>
        {snapshot ? <PaceLine pace={snapshot.pace} running={running} /> : null}
        {snapshot && snapshot.failures.length > 0 ? (
          <Alert color="red" variant="light" title={`${formatInteger(snapshot.failures.length)} device${snapshot.failures.length === 1 ? '' : 's'} could not be read`}>
            <DataTable
              label="Devices that could not be read"
              rows={snapshot.failures}
              rowKey={(f) => f.device.deviceId}
              columns={[
                { header: 'Device', cell: (f) => <Link to={`/devices/${encodeURIComponent(f.device.deviceId)}`}>{f.device.name}</Link> },
                { header: 'Error', kind: 'wrap', cell: (f) => f.message },
                {
                  header: <VisuallyHidden>Actions</VisuallyHidden>,
                  cell: (f) => (
                    <Button size="compact-xs" variant="light" color="red" loading={f.retrying} onClick={() => onRetry(f.device.deviceId)} aria-label={`Retry ${f.device.name}`}>
                      Retry
                    </Button>
                  ),
                },
              ]}
            />
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}

