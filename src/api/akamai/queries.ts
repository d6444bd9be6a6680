import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { hasInFlight } from './activation-state';
import {
  getConfiguration,
  getVersion,
  listActivations,
  listConfigurations,
  listNamespaces,
  listVersions,
  searchNamespaces,
} from './client';
import type { AkamaiAclRule, AkamaiJurisdiction, ListNamespacesParams, SearchNamespacesParams } from './types';
import { ApiError, isApiError } from '../errors/api-error';
import { findVersionSnapshot } from './version-snapshots';

/** The code of the error a version whose rules cannot be read fails with (see `version`). */
export const VERSION_CONTENTS_UNAVAILABLE = 'version_contents_unavailable';

/** While an activation or deactivation is NEW or PENDING, follow it closely (never-activated versions are not followed). */
export const OPERATION_POLL_MS = 1000;

export interface VersionContents {
  rules: AkamaiAclRule[];
  source: 'server' | 'snapshot';
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
      refetchInterval: (query) => (hasInFlight(query.state.data) ? OPERATION_POLL_MS : false),
    }),
  activations: (namespace: string, jurisdiction: AkamaiJurisdiction) =>
    queryOptions({
      queryKey: [...namespaceQueries.configurationKey(namespace, jurisdiction), 'activations'] as const,
      queryFn: ({ signal }) => listActivations({ namespace, jurisdiction, signal }),
      refetchInterval: (query) => (hasInFlight(query.state.data) ? OPERATION_POLL_MS : false),
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
};
