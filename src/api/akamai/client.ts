import { parseAkamaiError } from '../errors/akamai-envelope';
import { bearerTransport, noContent, request, type ProviderTransport } from '../http';
import {
  activationsSchema,
  alreadyActivatedSchema,
  alreadyDeactivatedSchema,
  configurationSchema,
  configurationsSchema,
  createdVersionSchema,
  reservationsSchema,
  type Activation,
  type AkamaiJurisdiction,
  type AlreadyActivated,
  type AlreadyDeactivated,
  type Configuration,
  type CreateConfigurationRequest,
  type CreatedVersion,
  type ListNamespacesParams,
  type Reservation,
  type ReserveNamespaceRequest,
  type SearchNamespacesParams,
  type UpdateConfigurationRequest,
} from './types';

/**
 * The browser never talks to Akamai directly: requests need EdgeGrid signing with a client
 * secret that must stay on the server, so they go through the server proxy (or the mock). A
 * token set in the profile is still sent as a bearer header, to the proxy only.
 */
export const akamaiTransport: ProviderTransport = bearerTransport('akamai', parseAkamaiError);

const ROOT = '/dcp-api/v1/namespaces';
const seg = encodeURIComponent;
export const namespacePath = (namespace: string) => `${ROOT}/${seg(namespace)}`;
export const configurationsPath = (namespace: string) => `${namespacePath(namespace)}/configurations`;
export const configurationPath = (namespace: string, jurisdiction: string) => `${configurationsPath(namespace)}/${seg(jurisdiction)}`;
export const versionsPath = (namespace: string, jurisdiction: string) => `${configurationPath(namespace, jurisdiction)}/versions`;

interface Signal {
  signal?: AbortSignal;
}

interface ConfigurationRef extends Signal {
  namespace: string;
  jurisdiction: AkamaiJurisdiction;
}

export function listNamespaces({ page, size, hostnames, signal }: ListNamespacesParams & Signal): Promise<Reservation[]> {
  return request(akamaiTransport, {
    method: 'GET',
    path: ROOT,
    // One comma-delimited parameter, as documented.
    query: { size, page, hostnames: hostnames.length > 0 ? hostnames.join(',') : undefined },
    signal,
    schema: reservationsSchema,
  });
}

export function searchNamespaces({ global, match, detail, signal }: SearchNamespacesParams & Signal): Promise<Reservation[]> {
  return request(akamaiTransport, {
    method: 'GET',
    path: `${ROOT}/search`,
    query: { global, match: match || undefined, detail },
    signal,
    schema: reservationsSchema,
  });
}

export function reserveNamespace(body: ReserveNamespaceRequest): Promise<void> {
  return request(akamaiTransport, { method: 'POST', path: ROOT, body, schema: noContent });
}

export function removeNamespace({ namespace }: { namespace: string }): Promise<void> {
  return request(akamaiTransport, { method: 'DELETE', path: namespacePath(namespace), schema: noContent });
}

export function listConfigurations({ namespace, signal }: { namespace: string } & Signal): Promise<Configuration[]> {
  return request(akamaiTransport, { method: 'GET', path: configurationsPath(namespace), signal, schema: configurationsSchema });
}

export function createConfiguration({ namespace, body }: { namespace: string; body: CreateConfigurationRequest }): Promise<void> {
  return request(akamaiTransport, { method: 'POST', path: configurationsPath(namespace), body, schema: noContent });
}

export function getConfiguration({ namespace, jurisdiction, signal }: ConfigurationRef): Promise<Configuration> {
  return request(akamaiTransport, { method: 'GET', path: configurationPath(namespace, jurisdiction), signal, schema: configurationSchema });
}

export function updateConfiguration({ namespace, jurisdiction, body }: ConfigurationRef & { body: UpdateConfigurationRequest }): Promise<void> {
  return request(akamaiTransport, { method: 'PUT', path: configurationPath(namespace, jurisdiction), body, schema: noContent });
}

export function deleteConfiguration({ namespace, jurisdiction }: ConfigurationRef): Promise<void> {
  return request(akamaiTransport, { method: 'DELETE', path: configurationPath(namespace, jurisdiction), schema: noContent });
}

export function listVersions({ namespace, jurisdiction, signal }: ConfigurationRef): Promise<Activation[]> {
  return request(akamaiTransport, { method: 'GET', path: versionsPath(namespace, jurisdiction), signal, schema: activationsSchema });
}

export function createVersion({ namespace, jurisdiction }: ConfigurationRef): Promise<CreatedVersion> {
  return request(akamaiTransport, { method: 'POST', path: versionsPath(namespace, jurisdiction), schema: createdVersionSchema });
}

/**
 * The rules a version holds. Not in the v1 reference, which only lists versions; the mock
 * backend serves it at this path with the `ConfigurationVersion` shape, and callers fall back
 * to the snapshot the console took when it created the version (see version-snapshots).
 */
export function getVersion({ namespace, jurisdiction, version, signal }: ConfigurationRef & { version: string }): Promise<Configuration> {
  return request(akamaiTransport, {
    method: 'GET',
    path: `${versionsPath(namespace, jurisdiction)}/${seg(version)}`,
    signal,
    schema: configurationSchema,
  });
}

export function activateVersion({ namespace, jurisdiction, version }: ConfigurationRef & { version: string }): Promise<AlreadyActivated> {
  return request(akamaiTransport, {
    method: 'PUT',
    path: `${versionsPath(namespace, jurisdiction)}/${seg(version)}`,
    query: { 'activation-state': 'activated' },
    schema: alreadyActivatedSchema,
  });
}

export function deactivateVersion({ namespace, jurisdiction }: ConfigurationRef): Promise<AlreadyDeactivated> {
  return request(akamaiTransport, {
    method: 'PUT',
    path: `${versionsPath(namespace, jurisdiction)}/active`,
    query: { 'activation-state': 'deactivated' },
    schema: alreadyDeactivatedSchema,
  });
}

export function listActivations({ namespace, jurisdiction, signal }: ConfigurationRef): Promise<Activation[]> {
  return request(akamaiTransport, { method: 'GET', path: `${versionsPath(namespace, jurisdiction)}/activations`, signal, schema: activationsSchema });
}
