import { ActionIcon, Button, Grid, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Acl, Frontend, Lb } from '../../../../api/scaleway-lb/types';
import { EmptyState } from '../../../../components/EmptyState';
import { SearchInput } from '../../../../components/SearchInput';
import { ErrorState } from '../../../../components/ErrorState';
import { QueryContent } from '../../../../components/QueryContent';
import { DataTable } from '../../../../components/DataTable';
import { RowDialogs, useRowDialogs } from '../../../../components/RowDialogs';
import { lbQueries } from '../../../../api/scaleway-lb/queries';
import { useCreateAcl } from '../../api/use-create-acl';
import { useDeleteAcl } from '../../api/use-delete-acl';
import { useReorderAcls } from '../../api/use-reorder-acls';
import { useUpdateAcl } from '../../api/use-update-acl';
import { describeAction, describeMatch } from '../../lib/acl-form';
import { moveAcl, nextAclIndex } from '../../lib/acl-order';
import { evaluateAcls, lintAcls, sortAcls, type TestRequest } from '../../lib/acl-tester';
import { lbChangeBlocker } from '../../lib/lb-labels';
import { RowActions } from '../RowActions';
import { AclForm } from './AclForm';
import { AclRule, AclPosition, RuleStatusBadge } from './AclRuleCells';
import { AclRuleTester } from './AclRuleTester';

const DEFAULT_REQUEST: TestRequest = { clientIp: '198.51.100.7', host: '', path: '/', headers: [], scheme: 'https', viaEdgeServices: false };

export function AclsTab({ lb, frontendId, onFrontend, name, onName }: { lb: Lb; frontendId: string; onFrontend: (id: string) => void; name: string; onName: (name: string) => void }) {
  const region = lb.region ?? '';
  const frontends = useQuery(lbQueries.frontends(region, lb.id));
  // Kept across frontends, so the same request can be compared between them.
  const [request, setRequest] = useState<TestRequest>(DEFAULT_REQUEST);
  return (
    <QueryContent query={frontends} what="the frontends" loadingLabel="Loading frontends…" empty={<EmptyState title="No frontend yet" description="ACLs belong to a frontend: add one in the Frontends tab first." />}>
      {(list) => {
        const frontend = list.find((f) => f.id === frontendId) ?? list[0];
        if (!frontend) return null;
        return (
          <Stack gap="md">
            <Group align="flex-end" justify="space-between">
              <Select
                label="Frontend"
                data={list.map((f) => ({ value: f.id, label: `${f.name} (port ${f.inbound_port}, ${f.backend?.forward_protocol.toUpperCase() ?? '?'})` }))}
                value={frontend.id}
                onChange={(v) => v && onFrontend(v)}
                allowDeselect={false}
                w={360}
              />
              <Text size="sm" c="dimmed" maw={520}>
                Rules run top to bottom (ascending index); the first that matches decides. No match: the request is allowed.
              </Text>
            </Group>
            <AclWorkspace key={frontend.id} lb={lb} frontend={frontend} request={request} onRequest={setRequest} name={name} onName={onName} />
          </Stack>
        );
      }}
    </QueryContent>
  );
}

function AclWorkspace({ lb, frontend, request, onRequest, name, onName }: { lb: Lb; frontend: Frontend; request: TestRequest; onRequest: (r: TestRequest) => void; name: string; onName: (name: string) => void }) {
  const region = lb.region ?? '';
  const acls = useQuery(lbQueries.acls(region, lb.id, frontend.id));
  // The tester and the order need every rule: the name filter (the API's) only narrows the table.
  const search = name.trim();
  const matching = useQuery({ ...lbQueries.acls(region, lb.id, frontend.id, search), enabled: search !== '', placeholderData: keepPreviousData });
  const routes = useQuery(lbQueries.routes(region, lb.id, frontend.id));
  const backends = useQuery(lbQueries.backends(region, lb.id));
  const createAcl = useCreateAcl(region, lb.id);
  const updateAcl = useUpdateAcl(region, lb.id);
  const deleteAcl = useDeleteAcl(region, lb.id);
  const reorder = useReorderAcls(region, lb.id, frontend.id);
  const dialogs = useRowDialogs<Acl>({ noun: 'ACL', name: (a) => a.name });
  const protocol = frontend.backend?.forward_protocol ?? 'tcp';
  const blocker = lbChangeBlocker(lb.status);
  const list = useMemo(() => sortAcls(acls.data ?? []), [acls.data]);
  // The scheme is the frontend's: with certificates it terminates TLS.
  const scheme = frontend.certificate_ids.length ? 'https' : 'http';
  const effective = useMemo<TestRequest>(() => ({ ...request, scheme }), [request, scheme]);
  const verdict = useMemo(() => evaluateAcls(list, effective, { protocol }), [list, effective, protocol]);
  const lint = useMemo(() => lintAcls(list, { protocol }), [list, protocol]);
  const statusOf = new Map(verdict.evaluations.map((e) => [e.acl.id, e.status]));
  const shown = search ? list.filter((acl) => matching.data?.some((m) => m.id === acl.id)) : list;

  const move = (acl: Acl, delta: -1 | 1) => {
    const changes = moveAcl(list, acl.id, delta);
    if (changes.length) reorder.mutate(changes);
  };

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Text fw={500}>
              {list.length} rule{list.length === 1 ? '' : 's'} on {frontend.name}
            </Text>
            <Tooltip label={blocker} disabled={!blocker}>
              <Button size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={dialogs.add} disabled={Boolean(blocker)}>
                Add ACL
              </Button>
            </Tooltip>
          </Group>
          <SearchInput label="Filter ACLs by name" placeholder="e.g. deny" value={name} onChange={onName} w={260} />
          {matching.isError ? <ErrorState error={matching.error} onRetry={() => void matching.refetch()} title="Could not filter the ACLs" /> : null}
          <QueryContent
            query={acls}
            what="the ACLs"
            loadingLabel="Loading ACLs…"
            empty={<EmptyState title="No ACL on this frontend" description="Every request is allowed. Add rules to allow, deny or redirect traffic by client IP, path or header." />}
          >
            {() =>
              shown.length > 0 ? (
                <DataTable
                  label={`ACLs of ${frontend.name}`}
                  minWidth={600}
                  busy={reorder.isPending}
                  rows={shown}
                  rowKey={(acl) => acl.id}
                  rowProps={(acl) => (statusOf.get(acl.id) === 'fired' ? { style: { backgroundColor: 'var(--mantine-color-blue-light)' } } : {})}
                  columns={[
                    { header: '#', kind: 'nowrap', cell: (acl) => <AclPosition acl={acl} position={list.indexOf(acl) + 1} /> },
                    { header: 'Rule', cell: (acl) => <AclRule acl={acl} problems={lint.filter((l) => l.aclId === acl.id)} /> },
                    { header: 'Action', kind: 'wrap', cell: (acl) => describeAction(acl.action) },
                    { header: 'Tester', kind: 'nowrap', width: 120, cell: (acl) => <RuleStatusBadge status={statusOf.get(acl.id) ?? 'not-reached'} /> },
                    {
                      header: 'Order and actions',
                      kind: 'nowrap',
                      cell: (acl) => {
                        const i = list.indexOf(acl);
                        return (
                          <RowActions name={acl.name} onEdit={() => dialogs.edit(acl)} onDelete={() => dialogs.remove(acl)} disabled={Boolean(blocker)}>
                            <ActionIcon variant="subtle" aria-label={`Move ${acl.name} up`} disabled={i === 0 || Boolean(blocker) || reorder.isPending} onClick={() => move(acl, -1)}>
                              <IconChevronUp size={16} aria-hidden />
                            </ActionIcon>
                            <ActionIcon variant="subtle" aria-label={`Move ${acl.name} down`} disabled={i === list.length - 1 || Boolean(blocker) || reorder.isPending} onClick={() => move(acl, 1)}>
                              <IconChevronDown size={16} aria-hidden />
                            </ActionIcon>
                          </RowActions>
                        );
                      },
                    },
                  ]}
                />
              ) : search && matching.data ? (
                <EmptyState title="No ACL matches this name" description="Change or clear the filter to see every rule." />
              ) : null
            }
          </QueryContent>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <AclRuleTester
          request={effective}
          onRequest={onRequest}
          verdict={verdict}
          total={list.length}
          routes={routes.data ?? []}
          backends={backends.data ?? []}
          defaultBackend={frontend.backend}
          protocol={protocol}
        />
      </Grid.Col>

      <RowDialogs
        dialogs={dialogs}
        title={(acl) => (acl ? `Edit ACL ${acl.name}` : `Add ACL to ${frontend.name}`)}
        deleteMutation={deleteAcl}
        describeDelete={(a) => `"${describeAction(a.action)} when ${describeMatch(a.match)}" stops applying to ${frontend.name} at once; the rules after it move up.`}
      >
        {(acl, frame) => (
          <AclForm
            acl={acl}
            nextIndex={nextAclIndex(list)}
            protocol={protocol}
            {...frame}
            onSubmit={(input) =>
              dialogs.save(acl, () => (acl ? updateAcl.mutateAsync({ aclId: acl.id, body: input }) : createAcl.mutateAsync({ frontendId: frontend.id, body: input })), `${input.name} runs at index ${input.index}.`)
            }
          />
        )}
      </RowDialogs>
    </Grid>
  );
}
