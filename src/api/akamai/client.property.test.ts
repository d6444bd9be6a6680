import { describeHostileAnswers } from '../../test/hostile-fetch';
import {
  activateVersion,
  createConfiguration,
  createVersion,
  deactivateVersion,
  deleteConfiguration,
  getConfiguration,
  getVersion,
  listActivations,
  listConfigurations,
  listNamespaces,
  listVersions,
  removeNamespace,
  reserveNamespace,
  searchNamespaces,
  updateConfiguration,
} from './client';

const ref = { namespace: 'acme-fleet', jurisdiction: 'eu' } as const;

/** Every call of the Akamai client. */
const calls: Record<string, () => Promise<unknown>> = {
  listNamespaces: () => listNamespaces({ page: 1, size: 10, hostnames: ['a.example'] }),
  searchNamespaces: () => searchNamespaces({ global: true, match: 'acme*', detail: true }),
  reserveNamespace: () => reserveNamespace({ namespace: 'acme-new' }),
  removeNamespace: () => removeNamespace({ namespace: 'acme-fleet' }),
  listConfigurations: () => listConfigurations({ namespace: 'acme-fleet' }),
  createConfiguration: () => createConfiguration({ namespace: 'acme-fleet', body: { jurisdiction: 'eu', acls: [] } }),
  getConfiguration: () => getConfiguration(ref),
  updateConfiguration: () => updateConfiguration({ ...ref, body: { acls: [] } }),
  deleteConfiguration: () => deleteConfiguration(ref),
  listVersions: () => listVersions(ref),
  createVersion: () => createVersion(ref),
  getVersion: () => getVersion({ ...ref, version: '2' }),
  activateVersion: () => activateVersion({ ...ref, version: '2' }),
  deactivateVersion: () => deactivateVersion(ref),
  listActivations: () => listActivations(ref),
};

describeHostileAnswers('the Akamai client turns any answer into a result or one ApiError (property)', 'akamai', calls);
