import { describeHostileAnswers } from '../../test/hostile-fetch';
import * as client from './client';

const ref = { namespace: 'acme-fleet', jurisdiction: 'eu' } as const;

/** Every call of the Akamai client. */
const calls: Record<string, () => Promise<unknown>> = {
  listNamespaces: () => client.listNamespaces({ page: 1, size: 10, hostnames: ['a.example'] }),
  searchNamespaces: () => client.searchNamespaces({ global: true, match: 'acme*', detail: true }),
  reserveNamespace: () => client.reserveNamespace({ namespace: 'acme-new' }),
  removeNamespace: () => client.removeNamespace({ namespace: 'acme-fleet' }),
  listConfigurations: () => client.listConfigurations({ namespace: 'acme-fleet' }),
  createConfiguration: () => client.createConfiguration({ namespace: 'acme-fleet', body: { jurisdiction: 'eu', acls: [] } }),
  getConfiguration: () => client.getConfiguration(ref),
  updateConfiguration: () => client.updateConfiguration({ ...ref, body: { acls: [] } }),
  deleteConfiguration: () => client.deleteConfiguration(ref),
  listVersions: () => client.listVersions(ref),
  createVersion: () => client.createVersion(ref),
  getVersion: () => client.getVersion({ ...ref, version: '2' }),
  activateVersion: () => client.activateVersion({ ...ref, version: '2' }),
  deactivateVersion: () => client.deactivateVersion(ref),
  listActivations: () => client.listActivations(ref),
};

describeHostileAnswers('the Akamai client turns any answer into a result or one ApiError (property)', 'akamai', calls);
