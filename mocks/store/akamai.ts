import { seedConfigurations, seedOperations, seedReservations, seedVersions, configurationId, versionId } from '../seed/akamai';
import type { MockConfiguration, MockOperation, MockReservation, MockVersion } from '../seed/akamai';
import { createCollection } from './collection';

export const reservationsCollection = createCollection<MockReservation>({ name: 'akamai.reservations', seed: seedReservations, id: (r) => r.namespace });
export const configurationsCollection = createCollection<MockConfiguration>({
  name: 'akamai.configurations',
  seed: seedConfigurations,
  id: (c) => configurationId(c.namespace, c.jurisdiction),
});
export const versionsCollection = createCollection<MockVersion>({
  name: 'akamai.versions',
  seed: seedVersions,
  id: (v) => versionId(v.namespace, v.jurisdiction, v.version),
});
export const operationsCollection = createCollection<MockOperation>({ name: 'akamai.operations', seed: seedOperations, id: (o) => o.id });
