import { Checkbox, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { Backend, CreateRouteRequest, Frontend, Lb, Route, RouteMatchInput } from '../../../../api/scaleway-lb/types';
import { DataTable } from '../../../../components/DataTable';
import { RowDialogs, useRowDialogs } from '../../../../components/RowDialogs';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { UnsavedChangesGuard } from '../../../../components/UnsavedChangesGuard';
import { formatDateTime } from '../../../../lib/format';
import { lbQueries } from '../../../../api/scaleway-lb/queries';
import { useCreateRoute } from '../../api/use-create-route';
import { useDeleteRoute } from '../../api/use-delete-route';
import { useUpdateRoute } from '../../api/use-update-route';
import { lbChangeBlocker } from '../../lib/lb-labels';
import { validateHostname } from '../../../../lib/validators';
import { FormActions } from '../../../../components/FormActions';
import { FormErrorAlert } from '../../../../components/FormErrorAlert';
import { LabeledSegments } from '../LabeledSegments';
import { RowActions } from '../RowActions';
import { TabToolbar } from '../TabToolbar';
import { remapFieldErrors } from '../../../../lib/field-errors';
import { useFormSubmit } from '../../../../lib/use-form-submit';

type MatchKind = 'host_header' | 'sni' | 'path_begin';
const KIND_LABELS: Record<MatchKind, string> = { host_header: 'Host header', sni: 'SNI', path_begin: 'Path begins with' };

function matchOf(route: Route): { kind: MatchKind; value: string } {
  const m = route.match;
  if (m?.sni) return { kind: 'sni', value: m.sni };
  if (m?.path_begin) return { kind: 'path_begin', value: m.path_begin };
  return { kind: 'host_header', value: m?.host_header ?? '' };
}

export function describeRoute(route: Route): string {
  const { kind, value } = matchOf(route);
  return `${KIND_LABELS[kind]} ${value}${route.match?.match_subdomains && kind !== 'path_begin' ? ' (and subdomains)' : ''}`;
}

interface RouteValues {
  frontend_id: string;
  kind: MatchKind;
  value: string;
  match_subdomains: boolean;
  backend_id: string;
  [key: string]: unknown;
}

function RouteForm({ route, frontends, backends, submitLabel, onSubmit, onCancel }: { route?: Route; frontends: readonly Frontend[]; backends: readonly Backend[]; submitLabel: string; onSubmit: (body: CreateRouteRequest) => Promise<unknown>; onCancel: () => void }) {
  const initialFrontend = frontends.find((f) => f.id === route?.frontend_id) ?? frontends[0];
  const protocolOf = (frontendId: string) => frontends.find((f) => f.id === frontendId)?.backend?.forward_protocol ?? 'http';
  const initialMatch = route ? matchOf(route) : { kind: (protocolOf(initialFrontend?.id ?? '') === 'tcp' ? 'sni' : 'host_header') as MatchKind, value: '' };
  const form = useForm<RouteValues>({
    initialValues: { frontend_id: initialFrontend?.id ?? '', kind: initialMatch.kind, value: initialMatch.value, match_subdomains: route?.match?.match_subdomains ?? false, backend_id: route?.backend_id ?? '' },
    validate: {
      frontend_id: (v) => (v ? null : 'Choose the frontend'),
      backend_id: (v) => (v ? null : 'Choose the backend that receives the matching traffic'),
      value: (v, values) => (values.kind === 'path_begin' ? (v.trim().startsWith('/') ? null : 'A path starting with "/"') : validateHostname(v, { wildcard: true })),
      kind: (v, values) => {
        const protocol = protocolOf(values.frontend_id);
        if (protocol === 'tcp' && v !== 'sni') return 'On a TCP frontend, routes match the SNI of the TLS handshake';
        if (protocol === 'http' && v === 'sni') return 'On an HTTP frontend, routes match the Host header or the path';
        return null;
      },
    },
  });
  const { submitting, formErrors, run } = useFormSubmit(form);
  const v = form.getValues();
  const protocol = protocolOf(v.frontend_id);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        const match: RouteMatchInput = { match_subdomains: values.kind !== 'path_begin' && values.match_subdomains, [values.kind]: values.value.trim() };
        return run(values, () => onSubmit({ frontend_id: values.frontend_id, backend_id: values.backend_id, match }), (error) =>
          remapFieldErrors(error, { 'match.sni': 'value', 'match.host_header': 'value', 'match.path_begin': 'value', match: 'kind' }),
        );
      })}
    >
      <UnsavedChangesGuard when={form.isDirty() && !submitting} />
      <Stack gap="sm">
        <Select
          label="Frontend"
          data={frontends.map((f) => ({ value: f.id, label: `${f.name} (port ${f.inbound_port})` }))}
          disabled={Boolean(route)}
          allowDeselect={false}
          {...form.getInputProps('frontend_id')}
        />
        <LabeledSegments
          label="Match on"
          data={[
            { value: 'host_header', label: 'Host header', disabled: protocol === 'tcp' },
            { value: 'path_begin', label: 'Path', disabled: protocol === 'tcp' },
            { value: 'sni', label: 'SNI', disabled: protocol === 'http' },
          ]}
          {...form.getInputProps('kind')}
        />
        <TextInput label={v.kind === 'path_begin' ? 'Path prefix' : 'Domain name'} required placeholder={v.kind === 'path_begin' ? '/api/v2' : 'grafana.example.com'} {...form.getInputProps('value')} />
        {v.kind !== 'path_begin' ? <Checkbox label="Also match subdomains" {...form.getInputProps('match_subdomains', { type: 'checkbox' })} /> : null}
        <Select label="Backend" required data={backends.map((b) => ({ value: b.id, label: `${b.name} (${b.forward_protocol.toUpperCase()} ${b.forward_port})` }))} allowDeselect={false} {...form.getInputProps('backend_id')} />
        <FormErrorAlert title="The route was not saved" messages={formErrors} />
        <FormActions submitLabel={submitLabel} onCancel={onCancel} submitting={submitting} />
      </Stack>
    </form>
  );
}

export function RoutesTab({ lb }: { lb: Lb }) {
  const region = lb.region ?? '';
  const frontends = useQuery(lbQueries.frontends(region, lb.id));
  const backends = useQuery(lbQueries.backends(region, lb.id));
  const routeQueries = useQueries({ queries: (frontends.data ?? []).map((f) => lbQueries.routes(region, lb.id, f.id)) });
  const createRoute = useCreateRoute(region, lb.id);
  const updateRoute = useUpdateRoute(region, lb.id);
  const deleteRoute = useDeleteRoute(region, lb.id);
  const dialogs = useRowDialogs<Route>({ noun: 'route', name: describeRoute });
  const blocker = lbChangeBlocker(lb.status);
  const routes = routeQueries.flatMap((q) => q.data ?? []);
  const failed = routeQueries.find((q) => q.isError);
  const frontendName = (id: string) => frontends.data?.find((f) => f.id === id)?.name ?? id.slice(0, 8);
  const backendName = (id: string) => backends.data?.find((b) => b.id === id)?.name ?? id.slice(0, 8);

  if (frontends.isPending || routeQueries.some((q) => q.isPending)) return <LoadingState label="Loading routes…" />;
  if (frontends.isError) return <ErrorState error={frontends.error} onRetry={() => void frontends.refetch()} title="Could not load the frontends" />;
  return (
    <Stack gap="md">
      <TabToolbar
        description="Routes send some of a frontend's traffic to another backend, by Host header or path (HTTP) or by SNI (TCP with TLS). Other traffic goes to the frontend's backend."
        actionLabel="Add route"
        onAction={dialogs.add}
        disabledReason={blocker ?? (frontends.data.length === 0 ? 'Add a frontend first' : null)}
      />
      {failed ? <ErrorState error={failed.error} onRetry={() => void failed.refetch()} title="Could not load some routes" /> : null}
      {routes.length === 0 ? (
        <EmptyState title="No route" description="All traffic of each frontend goes to its own backend." />
      ) : (
        <DataTable
          label="Routes"
          rows={routes}
          rowKey={(r) => r.id}
          columns={[
            { header: 'Frontend', cell: (r) => frontendName(r.frontend_id) },
            { header: 'Match', kind: 'wrap', cell: describeRoute },
            { header: 'Backend', cell: (r) => backendName(r.backend_id) },
            { header: 'Created', kind: 'nowrap', cell: (r) => formatDateTime(r.created_at) },
            { header: 'Actions', cell: (r) => <RowActions name={`route ${describeRoute(r)}`} onEdit={() => dialogs.edit(r)} onDelete={() => dialogs.remove(r)} disabled={Boolean(blocker)} /> },
          ]}
        />
      )}
      <RowDialogs
        dialogs={dialogs}
        deleteMutation={deleteRoute}
        deleteName={(r) => `${describeRoute(r)} → ${backendName(r.backend_id)}`}
        describeDelete={(r) => `Matching traffic on ${frontendName(r.frontend_id)} goes to its default backend again.`}
        deleted={(r) => `${describeRoute(r)} was deleted.`}
      >
        {(route, frame) => (
          <RouteForm
            route={route}
            frontends={frontends.data}
            backends={backends.data ?? []}
            {...frame}
            onSubmit={(body) =>
              dialogs.save(route, () => (route ? updateRoute.mutateAsync({ routeId: route.id, body: { backend_id: body.backend_id, match: body.match } }) : createRoute.mutateAsync(body)), `Matching traffic goes to ${backendName(body.backend_id)}.`)
            }
          />
        )}
      </RowDialogs>
    </Stack>
  );
}
