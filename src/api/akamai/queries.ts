import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { hasInFlight, isInFlight } from './activation-state';
import {
  getConfiguration,
  getVersion,
  listActivations,
  listConfigurations,
  listNamespaces,
  listVersions,
  searchNamespaces,
} from './client';
import { NAMESPACE_PAGE_SIZE_MAX, type Activation, type AkamaiAclRule, type AkamaiJurisdiction, type ListNamespacesParams, type Reservation, type SearchNamespacesParams } from './types';
import { runBounded } from '../bounded';
import { describeFailure } from '../owner-failure';
import { ApiError, isApiError } from '../errors/api-error';
import { findVersionSnapshot } from './version-snapshots';
import { pollWhile } from '../poll-while';

/** The code of the error a version whose rules cannot be read fails with (see `version`). */
export const VERSION_CONTENTS_UNAVAILABLE = 'version_contents_unavailable';

/** While an activation or deactivation is NEW or PENDING, follow it closely (never-activated versions are not followed). */
export const OPERATION_POLL_MS = 1000;

export interface VersionContents {
  rules: AkamaiAclRule[];
  source: 'server' | 'snapshot';
}

/** Every namespace of the account, page by page. */
export async function listAllNamespaces(signal: AbortSignal): Promise<Reservation[]> {
  const all: Reservation[] = [];
  for (let page = 0; ; page++) {
    const batch = await listNamespaces({ page, size: NAMESPACE_PAGE_SIZE_MAX, hostnames: [], signal });
    all.push(...batch);
    if (batch.length < NAMESPACE_PAGE_SIZE_MAX) return all;
  }
}

/** Latest operations that need a look: still under way, or ended without deploying. */
export const ACTIVATION_PROBLEMS = ['pending', 'failed', 'aborted', 'unavailable'] as const;
export type ActivationProblem = (typeof ACTIVATION_PROBLEMS)[number];

export interface ConfigurationActivation {
  namespace: string;
  jurisdiction: AkamaiJurisdiction;
  problem: ActivationProblem;
  latest: Activation;
}

export interface ActivationOverview {
  namespaces: string[];
  configurations: number;
  problems: ConfigurationActivation[];
  /** Namespaces or configurations that could not be read, named, with the reason. */
  failures: { name: string; message: string }[];
  fetchedAt: number;
}

/** What the newest operation of a configuration says, or null when it is fine (deployed, obsolete) or there is none. */
export function latestActivationProblem(operations: readonly Activation[]): { problem: ActivationProblem; latest: Activation } | null {
  const latest = [...operations].sort((a, b) => a.createdAt - b.createdAt).at(-1);
  if (!latest) return null;
  if (isInFlight(latest)) return { problem: 'pending', latest };
  const problem = ({ FAILED: 'failed', ABORTED: 'aborted', UNAVAILABLE: 'unavailable' } as const)[latest.activationStatus as 'FAILED' | 'ABORTED' | 'UNAVAILABLE'];
  return problem ? { problem, latest } : null;
}

/** The latest activation of every configuration of every namespace (a few requests at a time). */
export async function fetchActivationOverview(signal: AbortSignal): Promise<ActivationOverview> {
  const namespaces = (await listAllNamespaces(signal)).map((r) => r.namespace);
  const configs = await runBounded(namespaces, (namespace, s) => listConfigurations({ namespace, signal: s }), { signal });
  const refs: { namespace: string; jurisdiction: AkamaiJurisdiction }[] = [];
  const failures: ActivationOverview['failures'] = [];
  for (const o of configs.outcomes) {
    if (!o) continue;
    if (o.ok) for (const c of o.value) refs.push({ namespace: o.item, jurisdiction: c.jurisdiction as AkamaiJurisdiction });
    else failures.push({ name: o.item, message: describeFailure(o.error) });
  }
  const activations = await runBounded(refs, (ref, s) => listActivations({ ...ref, signal: s }), { signal });
  const problems: ConfigurationActivation[] = [];
  for (const o of activations.outcomes) {
    if (!o) continue;
    if (!o.ok) {
      failures.push({ name: `${o.item.namespace} (${o.item.jurisdiction})`, message: describeFailure(o.error) });
      continue;
    }
    const found = latestActivationProblem(o.value);
    if (found) problems.push({ ...o.item, ...found });
  }
  signal.throwIfAborted();
  return { namespaces, configurations: refs.length, problems, failures, fetchedAt: Date.now() };
}

/** Keys go from the provider to the resource, so Settings can drop the whole provider's cache. */
export const namespaceQueries = {
  allKey: () => ['akamai', 'namespaces'] as const,
  listsKey: () => [...namespaceQueries.allKey(), 'list'] as const,
  list: (params: ListNamespacesParams) =>
    queryOptions({
      queryKey: [...namespaceQueries.listsKey(), params] as const,
      queryFn: ({ signal }) => listNamespaces({ ...params, signal }),
      placeholderData: keepPreviousData,
    }),
  searchesKey: () => [...namespaceQueries.allKey(), 'search'] as const,
  search: (params: SearchNamespacesParams) =>
    queryOptions({
      queryKey: [...namespaceQueries.searchesKey(), params] as const,
      queryFn: ({ signal }) => searchNamespaces({ ...params, signal }),
      placeholderData: keepPreviousData,
    }),
  /** One namespace's reservation: the search endpoint with its exact name (there is no GET by name). */
  reservation: (namespace: string) =>
    queryOptions({
      queryKey: [...namespaceQueries.searchesKey(), { exact: namespace }] as const,
      queryFn: async ({ signal }) => {
        const found = await searchNamespaces({ global: false, match: namespace, detail: true, signal });
        return found.find((r) => r.namespace === namespace) ?? null;
      },
    }),
  namespaceKey: (namespace: string) => [...namespaceQueries.allKey(), 'detail', namespace] as const,
  configurations: (namespace: string) =>
    queryOptions({
      queryKey: [...namespaceQueries.namespaceKey(namespace), 'configurations'] as const,
      queryFn: ({ signal }) => listConfigurations({ namespace, signal }),
    }),
  configurationKey: (namespace: string, jurisdiction: AkamaiJurisdiction) => [...namespaceQueries.namespaceKey(namespace), 'configuration', jurisdiction] as const,
  configuration: (namespace: string, jurisdiction: AkamaiJurisdiction) =>
    queryOptions({
      queryKey: [...namespaceQueries.configurationKey(namespace, jurisdiction), 'detail'] as const,
      queryFn: ({ signal }) => getConfiguration({ namespace, jurisdiction, signal }),
      // The editor holds the user's copy; refetching under it only churns.
      staleTime: 60_000,
    }),
  versions: (namespace: string, jurisdiction: AkamaiJurisdiction) =>
    queryOptions({
      queryKey: [...namespaceQueries.configurationKey(namespace, jurisdiction), 'versions'] as const,
      queryFn: ({ signal }) => listVersions({ namespace, jurisdiction, signal }),
      refetchInterval: pollWhile(OPERATION_POLL_MS, hasInFlight),
    }),
  activations: (namespace: string, jurisdiction: AkamaiJurisdiction) =>
    queryOptions({
      queryKey: [...namespaceQueries.configurationKey(namespace, jurisdiction), 'activations'] as const,
      queryFn: ({ signal }) => listActivations({ namespace, jurisdiction, signal }),
      refetchInterval: pollWhile(OPERATION_POLL_MS, hasInFlight),
    }),
  /**
   * A version's rules: the snapshot this console kept when it created the version, else the
   * server's (an endpoint beyond the v1 reference, which the mock serves).
   */
  version: (namespace: string, jurisdiction: AkamaiJurisdiction, version: string, createdAt: number | undefined) =>
    queryOptions({
      queryKey: [...namespaceQueries.configurationKey(namespace, jurisdiction), 'version', version, createdAt ?? null] as const,
      queryFn: async ({ signal }): Promise<VersionContents> => {
        const snapshot = findVersionSnapshot(namespace, jurisdiction, version, createdAt);
        if (snapshot) return { rules: snapshot, source: 'snapshot' };
        try {
          return { rules: (await getVersion({ namespace, jurisdiction, version, signal })).acls, source: 'server' };
        } catch (error) {
          if (isApiError(error) && [404, 405, 501].includes(error.status)) {
            throw new ApiError({
              provider: 'akamai',
              status: error.status,
              code: VERSION_CONTENTS_UNAVAILABLE,
              message: `The rules of version ${version} are not known here: the IoT Edge Connect API has no documented way to read a version's rules, and this version was not created from this browser.`,
            });
          }
          throw error;
        }
      },
      // A version never changes.
      staleTime: Infinity,
    }),
  /** Views that span areas (the fleet overview): the latest activation of every configuration. */
  overviewKey: () => [...namespaceQueries.allKey(), 'overview'] as const,
  activationOverview: () =>
    queryOptions({
      queryKey: [...namespaceQueries.overviewKey(), 'activations'] as const,
      queryFn: ({ signal }) => fetchActivationOverview(signal),
    }),
};
